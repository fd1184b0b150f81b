"""First-run setup: clinic details, the first clinic lead, the recovery key."""

import pytest
from PySide6.QtWidgets import QWizard

from mottagning.models.recovery_key import RecoveryKey
from mottagning.services.authentication import Authenticator
from mottagning.services.setup import root_fingerprint
from mottagning.ui.setup_wizard import SetupWizard
from mottagning.ui.translations import install_translators
from tests.support import FAST_KDF
from tests.ui.conftest import type_text

LEAD_PASSWORD = "sju sorters kakor i skafferiet"


@pytest.fixture
def printed(monkeypatch) -> list[str]:
    """The printer is an edge: capture what would be printed."""
    sheets: list[str] = []
    monkeypatch.setattr(
        "mottagning.ui.recovery_key_panel.print_document",
        lambda document, parent: sheets.append(document.toPlainText()),
    )
    return sheets


@pytest.fixture
def wizard(qtbot, files, clock) -> SetupWizard:
    setup = SetupWizard(files, clock, FAST_KDF)
    qtbot.addWidget(setup)
    setup.show()
    return setup


def fill_clinic(qtbot, wizard: SetupWizard) -> None:
    page = wizard.clinic_page
    type_text(qtbot, page.name, "Mottagningen Söder")
    type_text(qtbot, page.address, "Storgatan 1\n123 45 Exempelstad")
    type_text(qtbot, page.phone, "031-390 06 05")
    wizard.next()


def fill_lead(qtbot, wizard: SetupWizard, password: str) -> None:
    page = wizard.lead_page
    type_text(qtbot, page.full_name, "Maria Lindqvist")
    type_text(qtbot, page.username, "maria.l")
    type_text(qtbot, page.password.password, password)
    type_text(qtbot, page.password.repeat, password)
    wizard.next()


def test_setup_creates_the_clinic_and_shows_the_recovery_key_once(
    qtbot, wizard, files, clock, printed
):
    fill_clinic(qtbot, wizard)
    assert wizard.currentPage() is wizard.lead_page
    fill_lead(qtbot, wizard, LEAD_PASSWORD)

    assert wizard.currentPage() is wizard.key_page
    assert files.clinic_exists()
    key_text = wizard.key_page.panel.key_label.text()
    assert RecoveryKey.parse(key_text)

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "the key must be confirmed as kept safe"
    wizard.key_page.panel.print_button.click()
    assert key_text in printed[0]
    assert "Mottagningen Söder" in printed[0]
    assert "2026-11-23" in printed[0], "the clinic's date, not the workstation's"
    fingerprint = root_fingerprint(files)
    assert len(fingerprint) == 19 and fingerprint in printed[0], "the root key's fingerprint too"
    assert fingerprint in wizard.key_page.panel.fingerprint_label.text()
    wizard.key_page.confirmed.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert wizard.created
    assert wizard.key_page.panel.key_label.text() == "", "the key is not kept in the window"
    assert wizard.key_page.panel.fingerprint_label.text() == ""

    gate = Authenticator(files, clock, FAST_KDF)
    session = gate.login("maria.l", LEAD_PASSWORD)
    assert session.clinic_settings.details().phone == "031-390 06 05"
    assert session.user.role == "lead"
    recovered = gate.recover(key_text, "maria.l", "en helt ny fras för chefen")
    assert recovered.user.username == "maria.l"
    assert recovered.access_log.root_fingerprint() == fingerprint, "one root key, one fingerprint"
    gate.close()


def test_a_common_password_keeps_the_user_on_the_page_with_the_reason(qtbot, wizard, files):
    fill_clinic(qtbot, wizard)
    fill_lead(qtbot, wizard, "123456789012345678")
    assert wizard.currentPage() is wizard.lead_page
    advice = wizard.lead_page.password.advice
    assert "guess" in advice.text()
    assert advice.property("role") == "error", "said as a refusal"
    assert not wizard.lead_page.error.isVisible(), "said once, under the fields, not twice"
    assert not files.clinic_exists(), "nothing is written before everything is valid"


def test_the_password_rows_line_up_with_the_rows_above(qtbot, wizard):
    fill_clinic(qtbot, wizard)
    page = wizard.lead_page
    name_left = page.full_name.mapTo(page, page.full_name.rect().topLeft()).x()
    password_left = page.password.password.mapTo(page, page.password.password.rect().topLeft())
    assert password_left.x() == name_left


def test_a_refusal_goes_away_when_the_user_corrects_the_page(qtbot, wizard):
    wizard.next()
    assert wizard.clinic_page.error.isVisible()
    type_text(qtbot, wizard.clinic_page.name, "Mottagningen Söder")
    assert not wizard.clinic_page.error.isVisible(), "no refusal left beside the fixed field"


def test_a_missing_clinic_name_is_refused_on_the_first_page(qtbot, wizard, files):
    wizard.next()
    assert wizard.currentPage() is wizard.clinic_page
    assert wizard.clinic_page.error.isVisible()
    assert not files.clinic_exists()


def test_password_advice_updates_while_typing(qtbot, wizard):
    fill_clinic(qtbot, wizard)
    fields = wizard.lead_page.password
    type_text(qtbot, fields.password, "kort")
    qtbot.waitUntil(lambda: "at least" in fields.advice.text())
    fields.password.clear()
    type_text(qtbot, fields.password, LEAD_PASSWORD)
    qtbot.waitUntil(lambda: "again" in fields.advice.text())
    type_text(qtbot, fields.repeat, LEAD_PASSWORD)
    qtbot.waitUntil(lambda: fields.advice.text() == "Good password.")


@pytest.fixture
def swedish_afterwards_english(qapp):
    yield
    install_translators(qapp, "en")


def test_the_language_is_chosen_on_the_first_page_and_the_wizard_follows(
    qtbot, wizard, qapp, swedish_afterwards_english
):
    chosen: list[str] = []
    wizard.language_chosen.connect(chosen.append)
    wizard.language_chosen.connect(lambda language: install_translators(qapp, language))
    combo = wizard.clinic_page.language
    assert combo.currentData() == "en"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"

    combo.setCurrentIndex(combo.findData("sv"))
    assert chosen == ["sv"]
    qtbot.waitUntil(lambda: wizard.clinic_page.title() == "Mottagningen")
    assert wizard.windowTitle() == "Kom igång med Mottagning"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Nästa >"
    fill_clinic(qtbot, wizard)
    assert wizard.lead_page.title_field.text() == "Enhetschef", "the suggested title is Swedish"
    assert "lösenord" in wizard.lead_page.password.advice.text().lower()

    wizard.lead_page.title_field.setText("Verksamhetschef")
    install_translators(qapp, "en")
    qtbot.waitUntil(lambda: wizard.lead_page.title() == "The clinic lead")
    assert wizard.lead_page.title_field.text() == "Verksamhetschef", "what the user wrote stays"


def test_typing_starts_in_the_clinic_name(qtbot, files, clock):
    setup = SetupWizard(files, clock, FAST_KDF)
    qtbot.addWidget(setup)
    setup.show()
    qtbot.waitExposed(setup)
    qtbot.waitUntil(lambda: setup.focusWidget() is setup.clinic_page.name)
