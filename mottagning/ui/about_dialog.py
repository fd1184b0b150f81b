"""Help > About: the version and build, the licences of the bundled software,
and the questionnaires' copyright lines.

The licences come from mottagning.build_info: recorded from the build
environment's package metadata when the program was frozen, or read from the
Python environment it runs from."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mottagning import build_info
from mottagning.scoring import Instrument
from mottagning.scoring.instruments import all_instruments
from mottagning.ui.translations import current_language


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Mottagning"))
        self.resize(760, 560)
        info = build_info.load()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(info), self.tr("Mottagning"))
        self.licences = self._licence_list(info)
        self.tabs.addTab(self.licences, self.tr("Licences"))
        self.questionnaires = self._questionnaire_page()
        self.tabs.addTab(self.questionnaires, self.tr("Questionnaires"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_page(self, info: build_info.BuildInfo) -> QWidget:
        built = (
            self.tr("Built {date}.").format(date=info.build_date)
            if info.build_date
            else self.tr("Run from a Python environment, not an installed build.")
        )
        text = self.tr(
            "<h2>Mottagning {version}</h2>"
            "<p>Records, calendar and outcome measures for a MIKA/KAST reception.</p>"
            "<p>All data is stored encrypted on this computer (SQLCipher, AES-256). "
            "Every access to a record is written to a tamper-evident access log.</p>"
        ).format(version=escape(info.version))
        notice = self.tr(
            "<p>Mottagning is built with free software, listed under Licences. Qt and "
            "PySide6 are used under the GNU Lesser General Public License version 3: they "
            "are shipped as unmodified shared libraries that may be replaced, and their "
            "source is available from the Qt Project (download.qt.io, code.qt.io).</p>"
        )
        self.about_text = QLabel(f"{text}<p>{escape(built)}</p>{notice}", self)
        self.about_text.setObjectName("aboutText")
        self.about_text.setWordWrap(True)
        self.about_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.about_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.about_text)
        layout.addStretch(1)
        return page

    def _licence_list(self, info: build_info.BuildInfo) -> QTextBrowser:
        """One paragraph per component: the notes (where the source is) are long."""
        browser = QTextBrowser(self)
        browser.setObjectName("licenceList")
        browser.setOpenExternalLinks(False)
        parts = [
            "<p>"
            + escape(
                self.tr(
                    "The software below is shipped with Mottagning, each under its own licence."
                )
            )
            + "</p>"
        ]
        for component in info.components:
            heading = " ".join(p for p in (component.name, component.version) if p)
            lines = [
                f"<b>{escape(heading)}</b>",
                escape(self.tr("Licence: {licence}").format(licence=component.licence)),
            ]
            if component.note:
                lines.append(escape(component.note))
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        browser.setHtml("".join(parts))
        return browser

    def _questionnaire_page(self) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setObjectName("questionnaireRights")
        browser.setOpenExternalLinks(False)
        language = current_language()
        parts = [
            "<p>"
            + escape(
                self.tr(
                    "The questionnaires belong to their authors. These are the lines "
                    "their licences ask to be shown, and the Swedish forms' own."
                )
            )
            + "</p>"
        ]
        for instrument in sorted(all_instruments(), key=lambda i: i.short_name):
            parts.append(_rights_paragraph(instrument, language))
        browser.setHtml("".join(parts))
        return browser


def _rights_paragraph(instrument: Instrument, language: str) -> str:
    name = instrument.name.text(language)
    lines = [f"<b>{escape(instrument.short_name)}</b> {escape(name)}"]
    for line in (instrument.licence.attribution, instrument.item_text.swedish.attribution):
        if line:
            lines.append(escape(line))
    return "<p>" + "<br>".join(lines) + "</p>"
