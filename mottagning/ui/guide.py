"""Help > User guide (F1): the short guide shipped with the program, in the
interface language, opened at the signed-in user's role.

The guide is HTML in resources/guide/<language>.html. Its pictures are real
screenshots made by tools/screenshots.py --guide when an installer is built
(resources/guide/images/, never committed); run from a source tree without
them, the guide shows its text only."""

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mottagning.models.users import Role
from mottagning.ui.translations import current_language

ROLE_ANCHORS = {
    Role.COUNSELOR: "behandlare",
    Role.SCHEDULER: "administrator",
    Role.LEAD: "enhetschef",
}
_IMAGE = re.compile(r'<p><img src="([^"]+)"[^>]*></p>\s*')


def guide_folder() -> Path:
    return Path(str(resources.files("mottagning.resources") / "guide"))


def guide_html(language: str, folder: Path | None = None) -> str:
    """The guide's text, without the pictures this installation does not have."""
    folder = folder or guide_folder()
    text = (folder / f"{language}.html").read_text(encoding="utf-8")
    return _IMAGE.sub(lambda m: m.group(0) if (folder / m.group(1)).is_file() else "", text)


class GuideDialog(QDialog):
    """Not modal: the guide can stay open beside the window it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(800, 700)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(guide_folder())])
        self.language = current_language()
        # A base URL in the guide's folder, so that images/... resolve.
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide_folder()) + "/"))
        self.browser.setHtml(guide_html(self.language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def show_role(self, role: Role | None) -> None:
        """Scroll to the part for `role` (None: the beginning, for everyone)."""
        self.browser.scrollToAnchor(ROLE_ANCHORS[role] if role is not None else "alla")
