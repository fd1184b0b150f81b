"""Help: the About dialog (version, build, licences, the questionnaires'
rights lines) and the user guide (F1), in the interface language."""

import json
import shutil

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from mottagning import __version__, build_info
from mottagning.ui.about_dialog import AboutDialog
from mottagning.ui.guide import GuideDialog, guide_folder, guide_html
from mottagning.ui.translations import install_translators
from tests.support import COUNSELOR_PASSWORD
from tests.ui.conftest import log_in


def about_dialog(qtbot, window) -> AboutDialog:
    window.about_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AboutDialog)
    return dialog


def paragraphs(browser) -> list[list[str]]:
    """Each paragraph of a text browser as its lines (<br> is U+2028 in a block)."""
    found, block = [], browser.document().begin()
    while block.isValid():
        found.append(block.text().split("\u2028"))
        block = block.next()
    return found


def test_about_shows_the_version_and_the_licences_of_what_it_runs_on(qtbot, window):
    dialog = about_dialog(qtbot, window)

    assert f"Mottagning {__version__}" in dialog.about_text.text()
    assert "not an installed build" in dialog.about_text.text()
    assert "Lesser General Public License" in dialog.about_text.text()
    by_name = {p[0].split(" ")[0]: "\n".join(p) for p in paragraphs(dialog.licences)}
    assert "Licence: LGPL-3.0-only" in by_name["PySide6_Essentials"]
    assert "download.qt.io" in by_name["Qt"]
    assert "Licence: Zlib" in by_name["sqlcipher3"]
    for name in ("reportlab", "argon2-cffi", "zxcvbn", "holidays", "SQLCipher", "OpenSSL"):
        assert name in by_name, name
    assert "Bitstream" in by_name, "the fonts letters use"
    dialog.reject()


def test_about_lists_every_questionnaires_rights_line(qtbot, window):
    dialog = about_dialog(qtbot, window)
    text = dialog.questionnaires.toPlainText()

    for line in (
        "PHQ-9",
        "Pfizer",
        "CORE System Trust",
        "World Health Organization",
        "Rory C. Reid",
    ):
        assert line in text
    dialog.reject()


def test_an_installed_build_shows_its_own_record(tmp_path):
    recorded = build_info.BuildInfo(
        "9.9.9", "2026-12-01 10:00 UTC", (build_info.Component("Qt 6", "", "LGPL-3.0-only", "src"),)
    )
    build_info.write(tmp_path / build_info.FILE_NAME, recorded)

    assert build_info.load(tmp_path) == recorded
    assert json.loads((tmp_path / build_info.FILE_NAME).read_text())["build_date"].startswith(
        "2026"
    )


def test_f1_opens_the_guide_for_everyone_on_the_login_page(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)

    guide = window.guide
    assert isinstance(guide, GuideDialog)
    qtbot.waitUntil(guide.isVisible)
    assert not guide.isModal(), "the guide stays open beside the window"
    assert "For everyone" in guide.browser.toPlainText()
    guide.close()


def test_the_guide_opens_at_the_signed_in_users_role(qtbot, window, counselor):
    log_in(qtbot, window, counselor.user.username, COUNSELOR_PASSWORD)

    window.guide_action.trigger()
    qtbot.waitUntil(window.guide.isVisible)
    browser = window.guide.browser
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)
    document = browser.document()
    heading = document.begin()
    while heading.text() != "Counselor":  # the role's heading, not the links at the top
        heading = heading.next()
    top = document.documentLayout().blockBoundingRect(heading).top()
    shown_from = browser.verticalScrollBar().value()
    assert shown_from <= top < shown_from + browser.viewport().height(), "the heading is in view"
    window.guide.close()


def test_the_guide_is_in_swedish_when_the_interface_is(qtbot, qapp, window):
    before = QLocale()
    installed = install_translators(qapp, "sv")
    try:
        window.guide_action.trigger()
        assert window.guide.windowTitle() == "Användarhandbok"
        assert "Behandlare" in window.guide.browser.toPlainText()
        assert "journalanteckning" in window.guide.browser.toPlainText()
        window.guide.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_pictures_show_when_the_build_made_them_and_are_left_out_otherwise(tmp_path, language):
    folder = tmp_path / "guide"
    shutil.copytree(guide_folder(), folder, ignore=shutil.ignore_patterns("images"))

    assert "<img" not in guide_html(language, folder)

    (folder / "images" / language).mkdir(parents=True)
    (folder / "images" / language / "login.png").write_bytes(b"")
    shown = guide_html(language, folder)
    assert shown.count("<img") == 1
    assert f'src="images/{language}/login.png"' in shown
