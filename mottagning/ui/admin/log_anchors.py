"""A log review's anchor: the access log's head when the review was documented,
shown to the lead, printed with the review and saved as a file that
`mottagning verify --anchor` and the access-log tab compare with later. Kept
outside the data folder, it is what shows a rolled-back folder or rewritten
latest entries (the README's security section)."""

from collections.abc import Callable
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.access_log import Anchor, LogReview
from mottagning.ui.formatting import iso_date, local_datetime
from mottagning.ui.sizes import characters, resize_within_screen


def grouped(mac: str) -> str:
    """The seal in groups of eight, to read aloud or compare by eye."""
    return " ".join(mac[i : i + 8] for i in range(0, len(mac), 8))


class AnchorTexts(QObject):
    """The words an anchor is shown, printed and saved with."""

    def lines(self, anchor: Anchor, zone: ZoneInfo) -> list[str]:
        return [
            self.tr("Entry {seq} of the access log, at {at}").format(
                seq=anchor.seq, at=local_datetime(anchor.at, zone)
            ),
            self.tr("Its seal: {mac}").format(mac=grouped(anchor.mac)),
            self.tr("The clinic's root key: {fingerprint}").format(
                fingerprint=anchor.root_fingerprint
            ),
            self.tr("Database: {origin}").format(origin=anchor.origin),
        ]

    def use(self) -> str:
        return self.tr(
            "Keep this paper, or the saved anchor file, outside the computer. Verifying the "
            "log against it later shows whether entries up to this one were changed or "
            "removed, or an older copy of the data folder was put back."
        )

    def none(self) -> str:
        return self.tr("The log was empty: this review has no anchor.")

    def file_filter(self) -> str:
        return self.tr("Mottagning anchor (*.json)")

    def save_title(self) -> str:
        return self.tr("Save the anchor")

    def open_title(self) -> str:
        return self.tr("Verify against an anchor")

    def sheet(
        self, review: LogReview, reviewer: str, clinic_name: str, zone: ZoneInfo
    ) -> QTextDocument:
        """The printed review: who checked what and found what, and its anchor."""
        rows = [
            (self.tr("Documented"), local_datetime(review.created_at, zone)),
            (self.tr("By"), reviewer),
            (self.tr("Period"), f"{iso_date(review.period_from)} – {iso_date(review.period_to)}"),
            (self.tr("Checked"), review.scope),
            (self.tr("Findings"), review.findings),
        ]
        table = "".join(
            f"<tr><td valign='top'><b>{escape(label)}</b></td>"
            f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
            for label, value in rows
        )
        if review.anchor is not None:
            lines = "<br>".join(escape(line) for line in self.lines(review.anchor, zone))
            heading = self.tr("Anchor")
            anchor = (
                f"<h2>{escape(heading)}</h2>"
                f"<p style='font-family: monospace'>{lines}</p>"
                f"<p>{escape(self.use())}</p>"
            )
        else:
            anchor = f"<p>{escape(self.none())}</p>"
        title, signature = self.tr("Access log review"), self.tr("Signature:")
        document = QTextDocument()
        document.setHtml(
            f"<h1>{escape(title)}</h1>"
            f"<p><b>{escape(clinic_name)}</b></p>"
            f"<table cellspacing='0' cellpadding='4'>{table}</table>"
            f"{anchor}"
            f"<p><br>{escape(signature)} ______________________________</p>"
        )
        return document


def review_sheet(
    review: LogReview, reviewer: str, clinic_name: str, zone: ZoneInfo
) -> QTextDocument:
    return AnchorTexts().sheet(review, reviewer, clinic_name, zone)


def choose_file_to_save(parent: QWidget, suggested: str) -> Path | None:
    """The save dialog (an edge: tests replace it)."""
    texts = AnchorTexts()
    name, _ = QFileDialog.getSaveFileName(
        parent, texts.save_title(), suggested, texts.file_filter()
    )
    return Path(name) if name else None


def choose_file_to_open(parent: QWidget) -> Path | None:
    """The open dialog (an edge: tests replace it)."""
    texts = AnchorTexts()
    name, _ = QFileDialog.getOpenFileName(parent, texts.open_title(), "", texts.file_filter())
    return Path(name) if name else None


class ReviewDocumentedDialog(QDialog):
    """Said once the review is saved: its anchor, to print and to save."""

    def __init__(
        self,
        anchor: Anchor | None,
        zone: ZoneInfo,
        print_review: Callable[[], None],
        save_anchor: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDocumentedDialog")
        self.setWindowTitle(self.tr("Log review documented"))
        intro = QLabel(self.tr("The review is documented in the access log."), self)
        intro.setWordWrap(True)
        self.anchor_text = QLabel(self)
        self.anchor_text.setObjectName("reviewAnchor")
        self.anchor_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.anchor_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anchor_text.setWordWrap(True)
        texts = AnchorTexts(self)
        use = QLabel(texts.use(), self)
        use.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print the review..."), self)
        self.print_button.setObjectName("printReview")
        self.save_button = QPushButton(self.tr("&Save the anchor..."), self)
        self.save_button.setObjectName("saveAnchor")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(print_review)
        self.save_button.clicked.connect(save_anchor)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.anchor_text)
        if anchor is not None:
            self.anchor_text.setText("\n".join(texts.lines(anchor, zone)))
            layout.addWidget(use)
        else:
            self.anchor_text.setText(texts.none())
            self.save_button.setEnabled(False)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 90), self.sizeHint().height())
