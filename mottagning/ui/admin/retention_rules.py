"""The retention rules (gallringsregler) the clinic lead sets: a box of the
Retention tab."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mottagning.models.clients import Strand
from mottagning.models.retention import RetentionRules
from mottagning.services.retention import YEARS_RANGE
from mottagning.services.session import Session
from mottagning.ui.errors import user_errors
from mottagning.ui.forms import CountSpinBox, add_row
from mottagning.ui.translations import translated


class RetentionRulesBox(QGroupBox):
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Retention rules"))
        self._session = session
        self.purging = QCheckBox(self.tr("&Purge social-services records"), self)
        self.purging.setObjectName("retentionPurging")
        self.purging.setToolTip(
            self.tr("Turn off if the municipality has decided to keep every record.")
        )
        self.years = CountSpinBox(lambda n: self.tr("%n year(s)", "", n), self)
        self.years.setObjectName("retentionYears")
        self.years.setRange(YEARS_RANGE.start, YEARS_RANGE.stop - 1)
        self.research = QCheckBox(
            self.tr("Keep people born on the 5th, 15th or 25th (research)"), self
        )
        self.research.setObjectName("retentionResearch")
        self.municipalities = QLineEdit(self)
        self.municipalities.setObjectName("retentionMunicipalities")
        self.municipalities.setPlaceholderText(self.tr("None (separate with commas)"))
        self.strands: dict[Strand, tuple[QCheckBox, QLineEdit]] = {}
        self.second = QCheckBox(self.tr("A &second person confirms each purge"), self)
        self.second.setObjectName("retentionSecond")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("retentionReference")
        save = QPushButton(self.tr("&Save the rules"), self)
        save.setObjectName("saveRetentionRules")
        save.clicked.connect(self.save)

        form = QFormLayout(self)
        form.addRow(self.purging)
        years_row = QHBoxLayout()
        years_row.addWidget(self.years)
        years_row.addWidget(
            QLabel(
                self.tr("after the last entry, at the latest by the end of the following year"),
                self,
            )
        )
        years_row.addStretch(1)
        add_row(form, self.tr("Purge &after:"), years_row, self.years)
        form.addRow(self.research)
        add_row(form, self.tr("Exempt home &municipalities:"), self.municipalities)
        for strand in Strand:
            box = QCheckBox(self.tr("Exempt"), self)
            box.setObjectName(f"retentionExempt_{strand.value}")
            reason = QLineEdit(self)
            reason.setObjectName(f"retentionReason_{strand.value}")
            reason.setPlaceholderText(self.tr("The reason (required when exempt)"))
            box.toggled.connect(reason.setEnabled)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(reason, 1)
            add_row(form, translated(strand.label) + ":", row, box)
            self.strands[strand] = (box, reason)
        form.addRow(self.second)
        add_row(form, self.tr("&Legal reference:"), self.reference)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addStretch(1)
        form.addRow(save_row)
        self.load()

    def load(self) -> None:
        with user_errors(self):
            self.show_rules(self._session.retention.rules())

    def show_rules(self, rules: RetentionRules) -> None:
        self.purging.setChecked(rules.purging)
        self.years.setValue(rules.years)
        self.research.setChecked(rules.research_exception)
        self.municipalities.setText(", ".join(rules.exempt_municipalities))
        for strand, (box, reason) in self.strands.items():
            text = rules.strand_reason(strand)
            box.setChecked(text is not None)
            reason.setText(text or "")
            reason.setEnabled(text is not None)
        self.second.setChecked(rules.second_confirmation)
        self.reference.setText(rules.legal_reference)

    def rules(self) -> RetentionRules:
        return RetentionRules(
            purging=self.purging.isChecked(),
            years=self.years.value(),
            research_exception=self.research.isChecked(),
            exempt_municipalities=tuple(m.strip() for m in self.municipalities.text().split(",")),
            exempt_strands=tuple(
                (strand, reason.text())
                for strand, (box, reason) in self.strands.items()
                if box.isChecked()
            ),
            second_confirmation=self.second.isChecked(),
            legal_reference=self.reference.text(),
        )

    def save(self) -> None:
        with user_errors(self):
            self.show_rules(self._session.retention.save_rules(self.rules()))
            self.saved.emit()
