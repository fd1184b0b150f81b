"""Showing and printing the recovery key: shown once, printed on paper, never
saved to disk (the print preview renders it in memory)."""

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mottagning.models.recovery_key import RecoveryKey
from mottagning.ui.labels import Retranslating
from mottagning.ui.printing import print_document


def recovery_sheet(
    clinic_name: str, key: RecoveryKey, created: date, title: str, body: str, fingerprint: str
) -> QTextDocument:
    """The printed page: clinic, date, the key in large type, what it is for,
    and the root key's fingerprint to compare with later log reviews."""
    document = QTextDocument()
    document.setHtml(
        f"<h1>{escape(title)}</h1>"
        f"<p><b>{escape(clinic_name)}</b><br>{created.isoformat()}</p>"
        f"<p style='font-family: monospace; font-size: 20pt; margin: 24px 0'>"
        f"{escape(key.formatted())}</p>"
        f"<p>{escape(body)}</p>"
        f"<p>{escape(fingerprint)}</p>"
    )
    return document


class RecoveryKeyPanel(Retranslating, QWidget):
    """The key in large, selectable type with a print button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic_name = ""
        self.key: RecoveryKey | None = None
        self.created = date.min
        self.root_fingerprint = ""
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKeyText")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setMinimumHeight(56)
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setObjectName("rootFingerprint")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_sheet)
        self.printed = False
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print..."))
        self.fingerprint_label.setText(self._fingerprint_text() if self.key else "")

    def _fingerprint_text(self) -> str:
        return self.tr(
            "The clinic's root key has the fingerprint {fingerprint}. It is printed with "
            "every log review: should it ever differ, the clinic's keys were replaced "
            "behind your back, so contact IT."
        ).format(fingerprint=self.root_fingerprint)

    def show_key(
        self, clinic_name: str, key: RecoveryKey, created: date, root_fingerprint: str
    ) -> None:
        """`created`: the clinic's date, printed on the sheet."""
        self.clinic_name = clinic_name
        self.key = key
        self.created = created
        self.root_fingerprint = root_fingerprint
        self.key_label.setText(key.formatted())
        self.fingerprint_label.setText(self._fingerprint_text())

    def forget(self) -> None:
        self.key = None
        self.key_label.clear()
        self.fingerprint_label.clear()

    def sheet(self) -> QTextDocument:
        assert self.key is not None
        return recovery_sheet(
            self.clinic_name,
            self.key,
            self.created,
            self.tr("Recovery key for Mottagning"),
            self.tr(
                "With this key a clinic lead can set a new password if no clinic lead can "
                "log in. Anyone who has it can open the clinic's database: keep the paper "
                "locked away, for example in the clinic's safe, and never store it on a "
                "computer."
            ),
            self._fingerprint_text(),
        )

    def print_sheet(self) -> None:
        if self.key is not None:
            print_document(self.sheet(), self)
            self.printed = True
