"""The Plan tab of a client's page: the treatment plan (behandlingsplan).

The form holds the current version; "Save as new version" keeps it beside
every earlier one (nothing is overwritten), and the history lists them all
with dates and authors. Same need to know as the notes.
"""

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.journal import PlannedMeasure, TreatmentPlan
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.errors import message_for
from mottagning.ui.formatting import from_qdate, local_datetime, to_qdate
from mottagning.ui.journal.guard import GuardedTab
from mottagning.ui.journal.plan_measures import PlannedMeasuresEditor
from mottagning.ui.sizes import characters

READABLE_CHARACTERS = 96
REVIEW_AFTER_DAYS = 90  # the review date first offered for a new plan


def _text_edit(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    # A fixed height keeps the whole plan (and its save button) in view; long
    # text scrolls inside the field.
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class PlanTab(GuardedTab):
    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, client_id, QWidget(), parent)
        self.setObjectName("planTab")
        self._zone = session.scheduling.zone
        self._staff: dict[str, str] = {}
        self._names: dict[str, str] = {}  # instrument id -> short name
        self.versions: list[TreatmentPlan] = []
        content = self.content

        form_page = QWidget(content)
        form_page.setMaximumWidth(characters(self, READABLE_CHARACTERS))
        self.status = QLabel(form_page)
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.goals = _text_edit(form_page, "planGoals", 6)
        self.goals.setPlaceholderText(
            self.tr("What the client wants to reach, in their own words where possible")
        )
        self.interventions = _text_edit(form_page, "planInterventions", 6)
        self.interventions.setPlaceholderText(
            self.tr("What the clinic does: talks, groups, referrals, contacts")
        )
        self.measures = PlannedMeasuresEditor(form_page)
        self.has_review = QCheckBox(self.tr("Re&view the plan on"), form_page)
        self.has_review.setObjectName("planHasReview")
        self.review_date = date_edit(form_page)
        self.review_date.setObjectName("planReviewDate")
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.has_review.toggled.connect(self.review_date.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review_date)
        review_row.addStretch(1)
        self.error = QLabel(form_page)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("&Save as new version"), form_page)
        self.save_button.setObjectName("savePlan")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.unsaved = QLabel(form_page)
        self.unsaved.setObjectName("planUnsaved")
        self.unsaved.setStyleSheet("color: palette(placeholder-text);")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.unsaved, 1)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        goals_label = QLabel(self.tr("&Goals"), form_page)
        goals_label.setBuddy(self.goals)
        interventions_label = QLabel(self.tr("&Interventions"), form_page)
        interventions_label.setBuddy(self.interventions)
        form.addRow(goals_label, self.goals)
        form.addRow(interventions_label, self.interventions)
        form.addRow(self.tr("Planned questionnaires"), self.measures)
        form.addRow(review_row)
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.status)
        form_layout.addLayout(form)
        form_layout.addWidget(self.error)
        form_layout.addLayout(save_row)
        form_layout.addStretch(1)
        form_side = QScrollArea(content)  # a small screen or many questionnaires: it scrolls
        form_side.setWidgetResizable(True)
        form_side.setFrameShape(QScrollArea.Shape.NoFrame)
        form_side.setWidget(form_page)

        history_page = QWidget(content)
        history_label = QLabel(self.tr("Ve&rsions"), history_page)
        self.history = QListWidget(history_page)
        self.history.setObjectName("planHistory")
        history_label.setBuddy(self.history)
        self.version_view = QTextBrowser(history_page)
        self.version_view.setObjectName("planVersion")
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(history_label)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.version_view, 3)
        self.history.currentRowChanged.connect(self._show_version)

        splitter = QSplitter(content)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(form_side)
        splitter.addWidget(history_page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

        for signal in (
            self.goals.textChanged,
            self.interventions.textChanged,
            self.measures.changed,
            self.has_review.toggled,
            self.review_date.dateChanged,
        ):
            signal.connect(self._update_unsaved)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, content, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- Loading ------------------------------------------------------------------------

    def _load(self) -> None:
        versions = self._session.plans.history(self.client_id)  # raises first
        instruments = self._session.measures.instruments()
        self._names = {i.id: i.short_name for i in instruments}
        self.measures.set_instruments(instruments)
        self._staff = self._session.scheduling.staff_names()
        self.versions = versions
        self._fill(versions[-1] if versions else None)
        self._list_versions()

    def _fill(self, plan: TreatmentPlan | None) -> None:
        self.goals.setPlainText(plan.goals if plan else "")
        self.interventions.setPlainText(plan.interventions if plan else "")
        self.measures.set_measures(list(plan.measures) if plan else [])
        review = plan.review_date if plan else None
        self.has_review.setChecked(review is not None)
        self.review_date.setEnabled(review is not None)
        default = self._session.time.today().toordinal() + REVIEW_AFTER_DAYS
        self.review_date.setDate(to_qdate(review or date.fromordinal(default)))
        if plan is None:
            self.status.setText(self.tr("No plan yet. Write the first version here."))
        else:
            self.status.setText(
                self.tr("Current plan: version {number}, saved {time} by {author}.").format(
                    number=len(self.versions),
                    time=local_datetime(plan.created_at, self._zone),
                    author=self._staff.get(plan.author_id, ""),
                )
            )
        self._update_unsaved()

    def _list_versions(self) -> None:
        self.history.clear()
        for number, plan in reversed(list(enumerate(self.versions, start=1))):
            label = self.tr("Version {number} · {time} · {author}").format(
                number=number,
                time=local_datetime(plan.created_at, self._zone),
                author=self._staff.get(plan.author_id, ""),
            )
            QListWidgetItem(label, self.history)
        if not self.versions:
            self.version_view.setPlaceholderText(self.tr("Saved versions are listed here."))
            self.version_view.clear()
        else:
            self.history.setCurrentRow(0)

    def _show_version(self, row: int) -> None:
        if row < 0 or row >= len(self.versions):
            self.version_view.clear()
            return
        self.version_view.setHtml(self._version_html(self.versions[len(self.versions) - 1 - row]))

    def _version_html(self, plan: TreatmentPlan) -> str:
        def block(title: str, text: str) -> str:
            return (
                f"<h4 style='margin-bottom: 2px;'>{escape(title)}</h4>"
                f"<div style='white-space: pre-wrap;'>{escape(text) or '–'}</div>"
            )

        measures = "\n".join(
            self.tr("{name}, every %n visit(s)", "", m.every_sessions).format(
                name=self._names.get(m.instrument_id, m.instrument_id)
            )
            for m in plan.measures
        )
        review = plan.review_date.isoformat() if plan.review_date else ""
        return "".join(
            (
                block(self.tr("Goals"), plan.goals),
                block(self.tr("Interventions"), plan.interventions),
                block(self.tr("Planned questionnaires"), measures),
                block(self.tr("Review"), review),
            )
        )

    # --- Saving -------------------------------------------------------------------------

    def _form(self) -> tuple[str, str, list[PlannedMeasure], date | None]:
        review = from_qdate(self.review_date.date()) if self.has_review.isChecked() else None
        return (
            self.goals.toPlainText().strip(),
            self.interventions.toPlainText().strip(),
            self.measures.measures(),
            review,
        )

    def _update_unsaved(self) -> None:
        current = self.versions[-1] if self.versions else None
        saved = (
            (current.goals, current.interventions, list(current.measures), current.review_date)
            if current
            else ("", "", [], None)
        )
        form = self._form()
        changed = form != saved and (current is not None or any(form[:3]))
        self.unsaved.setText(self.tr("Changes not saved yet.") if changed else "")

    def save(self) -> None:
        if not self.loaded:
            return
        goals, interventions, measures, review = self._form()
        try:
            plan = self._session.plans.save(self.client_id, goals, interventions, measures, review)
        except UserError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return
        self.error.hide()
        self.versions.append(plan)
        self._fill(plan)
        self._list_versions()
