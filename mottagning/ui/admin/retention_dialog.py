"""Confirming a purge: what it removes, that it cannot be undone, that backups
keep the records until they rotate out, and the second person's password when
the rules ask for one."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.retention import KIND_LABELS, Review
from mottagning.services.retention import group_counts
from mottagning.ui.forms import add_row
from mottagning.ui.sizes import characters
from mottagning.ui.translations import translated


def preview(rows_by_kind: dict[str, int]) -> str:
    """ "2 journal notes, 1 questionnaires ..." in the interface language."""
    return ", ".join(
        f"{count} {translated(KIND_LABELS[kind]) if kind in KIND_LABELS else kind}"
        for kind, count in sorted(rows_by_kind.items(), key=lambda kv: _ORDER.get(kv[0], 99))
    )


_ORDER = {kind: place for place, kind in enumerate(KIND_LABELS)}


class PurgeDialog(QDialog):
    def __init__(self, review: Review, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("purgeDialog")
        self.setWindowTitle(self.tr("Purge records (gallring)"))
        due = list(review.due)
        what = QLabel(
            "<b>"
            + self.tr("%n record(s) will be purged for good:", "", len(due))
            + "</b><br>"
            + preview(group_counts(due))
            + ".",
            self,
        )
        what.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "A purge cannot be undone. What remains is a purge record without personal "
                "data and the access log, which names clients only by number. The yearly "
                "numbers already reported stay as they were.\n\n"
                "Backups made before the purge still hold these records until they rotate "
                "out: afterwards you are offered to delete them."
            ),
            self,
        )
        warning.setObjectName("purgeBackupsWarning")
        warning.setWordWrap(True)
        # Parented only once in the form: a field outside every layout would show
        # in the dialog's corner.
        self.second_user = QLineEdit()
        self.second_user.setObjectName("secondUser")
        self.second_password = QLineEdit()
        self.second_password.setObjectName("secondPassword")
        self.second_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._needs_second = review.rules.second_confirmation
        form = QFormLayout()
        if self._needs_second:
            form.addRow(QLabel(self.tr("The rules ask a second person to confirm:"), self))
            add_row(form, self.tr("Their &user name:"), self.second_user)
            add_row(form, self.tr("Their &password:"), self.second_password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Purge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.second_user, self.second_password):
            field.textChanged.connect(lambda _: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(characters(self, 60))
        self._enable()

    def _enable(self) -> None:
        ready = not self._needs_second or bool(
            self.second_user.text().strip() and self.second_password.text()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def second(self) -> tuple[str, str] | None:
        if not self._needs_second:
            return None
        return self.second_user.text().strip(), self.second_password.text()
