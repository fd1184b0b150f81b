"""Journal settings (clinic lead): how long a note may stay unsigned before it
is flagged, and the text a new note of each type starts with."""

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.journal import NoteType
from mottagning.services.clinic_settings import DRAFT_OVERDUE_RANGE
from mottagning.services.note_templates import default_templates
from mottagning.services.session import Session
from mottagning.ui.errors import user_errors
from mottagning.ui.forms import CountSpinBox
from mottagning.ui.translations import translated


class JournalSettingsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalSettings")
        self._session = session
        self._templates = session.note_templates.all()
        self._shown_type: str | None = None

        self.overdue_days = CountSpinBox(lambda days: self.tr("%n day(s)", "", days), self)
        self.overdue_days.setObjectName("draftOverdueDays")
        self.overdue_days.setRange(DRAFT_OVERDUE_RANGE.start, DRAFT_OVERDUE_RANGE.stop - 1)
        self.overdue_days.setValue(session.clinic_settings.settings().draft_overdue_days)
        save_days = QPushButton(self.tr("Save"), self)
        save_days.setObjectName("saveOverdueDays")
        save_days.clicked.connect(self.save_overdue_days)
        drafts_box = QGroupBox(self.tr("Unsigned drafts"), self)
        drafts_form = QFormLayout(drafts_box)
        days_row = QHBoxLayout()
        days_row.addWidget(self.overdue_days)
        days_row.addWidget(save_days)
        days_row.addStretch(1)
        days_label = QLabel(self.tr("&Flag a draft unsigned for more than:"), self)
        days_label.setBuddy(self.overdue_days)
        drafts_form.addRow(days_label, days_row)
        drafts_form.addRow(
            "",
            QLabel(
                self.tr("The author sees it on Today; the clinic lead sees everyone's."),
                self,
            ),
        )

        self.note_type = QComboBox(self)
        self.note_type.setObjectName("templateType")
        for kind in NoteType:
            self.note_type.addItem(translated(kind.label), kind.value)
        self.template = QPlainTextEdit(self)
        self.template.setObjectName("templateText")
        self.template.setPlaceholderText(self.tr("No template: a new note of this type is empty."))
        restore = QPushButton(self.tr("&Restore the default"), self)
        restore.setObjectName("restoreTemplate")
        restore.clicked.connect(self.restore_default)
        save_templates = QPushButton(self.tr("Save the &templates"), self)
        save_templates.setObjectName("saveTemplates")
        save_templates.clicked.connect(self.save_templates)
        templates_box = QGroupBox(self.tr("Note templates"), self)
        hint = QLabel(
            self.tr(
                "A new note starts with its type's template: headings that remind the "
                "writer what the note should cover. Changes apply to notes started later."
            ),
            self,
        )
        hint.setWordWrap(True)
        type_label = QLabel(self.tr("Note t&ype:"), self)
        type_label.setBuddy(self.note_type)
        type_row = QHBoxLayout()
        type_row.addWidget(type_label)
        type_row.addWidget(self.note_type)
        type_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(save_templates)
        templates_layout = QVBoxLayout(templates_box)
        templates_layout.addWidget(hint)
        templates_layout.addLayout(type_row)
        templates_layout.addWidget(self.template, 1)
        templates_layout.addLayout(buttons)

        self.status = QLabel(self)
        self.status.setObjectName("journalSettingsStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(drafts_box)
        layout.addWidget(templates_box, 1)
        layout.addWidget(self.status)
        self.note_type.currentIndexChanged.connect(self._show_template)
        self._show_template()

    def _keep_shown(self) -> None:
        """Remember the edit of the template on screen before another is shown."""
        if self._shown_type is not None:
            self._templates[self._shown_type] = self.template.toPlainText()

    def _show_template(self) -> None:
        self._keep_shown()
        self._shown_type = str(self.note_type.currentData())
        self.template.setPlainText(self._templates.get(self._shown_type, ""))

    def restore_default(self) -> None:
        self.template.setPlainText(default_templates().get(str(self.note_type.currentData()), ""))
        self.status.setText(self.tr("The default is shown: save the templates to keep it."))

    def save_templates(self) -> None:
        self._keep_shown()
        with user_errors(self):
            self._session.note_templates.save(self._templates)
            self._templates = self._session.note_templates.all()
            self.status.setText(self.tr("The note templates are saved."))

    def save_overdue_days(self) -> None:
        with user_errors(self):
            current = self._session.clinic_settings.settings()
            self._session.clinic_settings.update_settings(
                dataclasses.replace(current, draft_overdue_days=self.overdue_days.value())
            )
            self.status.setText(
                self.tr(
                    "Drafts unsigned for more than %n day(s) are now flagged.",
                    "",
                    self.overdue_days.value(),
                )
            )
