"""The lead's choices for the yearly numbers: the threshold, the years shown
beside, the agreement municipalities with rows of their own, merged age bands."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.yearly_numbers import StatisticsSettings
from mottagning.services.session import Session
from mottagning.ui.errors import message_for, show_in


class StatisticsSettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("statisticsSettingsDialog")
        self.setWindowTitle(self.tr("Settings for the yearly numbers"))
        current = session.yearly_numbers.settings()
        self.threshold = QSpinBox(self)
        self.threshold.setRange(2, 10)
        self.threshold.setValue(current.threshold)
        self.years_before = QSpinBox(self)
        self.years_before.setRange(0, 5)
        self.years_before.setValue(current.years_before)
        self.municipalities = QLineEdit(", ".join(current.agreement_municipalities), self)
        self.municipalities.setPlaceholderText(self.tr("e.g. Jönköping, Habo, Mullsjö"))
        self.merge_age = QCheckBox(self.tr("Merge the adult age bands (18-34, 35 or older)"), self)
        self.merge_age.setChecked(current.merge_age_bands)
        self.message = QLabel(self)
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Smallest count shown"), self.threshold)
        form.addRow(self.tr("Years shown beside"), self.years_before)
        form.addRow(self.tr("Agreement municipalities"), self.municipalities)
        form.addRow("", self.merge_age)
        hint = QLabel(
            self.tr(
                "Municipalities not listed are counted together. Without a list, each "
                "municipality with at least the smallest count shown has a row of its own."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _save(self) -> None:
        names = tuple(n.strip() for n in self.municipalities.text().split(",") if n.strip())
        try:
            self._session.yearly_numbers.update_settings(
                StatisticsSettings(
                    threshold=self.threshold.value(),
                    years_before=self.years_before.value(),
                    agreement_municipalities=names,
                    merge_age_bands=self.merge_age.isChecked(),
                )
            )
        except UserError as error:
            show_in(self.message, message_for(error))
            return
        self.accept()
