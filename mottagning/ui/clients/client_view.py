"""A client's page: everything about one client in one place.

The header says who (alias first), the strand and status, the counselors,
the safe-contact rules and any alert; below are sections for the overview,
visits and identity history. Opening the page is logged as an access to the
client's record (the service does it); the identity number stays masked
until asked for. While the user reads the journal under emergency access (not
the client's counselor), a banner on the page says so: who, why, and that it
is logged.
"""

from html import escape
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.clients import Client, ConcernConsideration
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.clients.concern import ConcernDialog
from mottagning.ui.clients.form import ClientFormDialog
from mottagning.ui.clients.models import VisitsModel
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.formatting import local_datetime
from mottagning.ui.journal import JournalTab, PlanTab
from mottagning.ui.journal.guard import GuardedTab
from mottagning.ui.lazy_tab import LazyTab, build_when_shown
from mottagning.ui.letters import LettersTab
from mottagning.ui.measures import MeasuresTab
from mottagning.ui.sizes import characters
from mottagning.ui.tables import record_table
from mottagning.ui.translations import translated
from mottagning.ui.waiting_list import WaitingEntryDialog


class ClientView(QWidget):
    closed = Signal()  # back to the register
    changed = Signal(str)  # the client was changed: the register may refresh

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientView")
        self._session = session
        self.client: Client = session.clients.open(client_id)
        self._full_names = session.preferences.show_full_names
        self._staff = session.scheduling.staff_names()

        self.back = QPushButton(self.tr("← Register"), self)
        self.back.setObjectName("backToRegister")
        self.back.setShortcut("Alt+Left")
        self.back.clicked.connect(self.closed)
        self.title = QLabel(self)
        self.title.setObjectName("clientTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("clientSubtitle")
        self.badges = QLabel(self)
        self.badges.setObjectName("clientBadges")
        self.badges.setTextFormat(Qt.TextFormat.RichText)
        self.badges.setWordWrap(True)  # many rules must not widen the window
        self.emergency_banner = QFrame(self)
        self.emergency_banner.setObjectName("emergencyBanner")
        self.emergency_text = QLabel(self.emergency_banner)
        self.emergency_text.setObjectName("emergencyAccessText")
        self.emergency_text.setWordWrap(True)
        self.emergency_text.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.emergency_banner).addWidget(self.emergency_text)
        self.emergency_banner.hide()
        self.alerts = QLabel(self)
        self.alerts.setObjectName("clientAlerts")
        self.alerts.setProperty("role", "error")
        self.alerts.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.edit_button.setObjectName("editClient")
        self.edit_button.clicked.connect(self.edit)
        self.book_button = QPushButton(self.tr("&Book a visit..."), self)
        self.book_button.setObjectName("bookVisit")
        self.book_button.clicked.connect(self.book)
        self.wait_button = QPushButton(self.tr("&Waiting list..."), self)
        self.wait_button.setObjectName("addToWaitingList")
        self.wait_button.clicked.connect(self.add_to_waiting_list)

        header = QHBoxLayout()
        header.addWidget(self.back)
        header.addSpacing(characters(self, 2))
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addWidget(self.badges)
        header.addLayout(names, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.book_button)
        header.addWidget(self.wait_button)

        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.overview = QWidget(self.sections)
        self.overview_form = QFormLayout()
        self.upcoming = QLabel(self.overview)
        self.upcoming.setObjectName("upcomingVisits")
        self.upcoming.setTextFormat(Qt.TextFormat.RichText)
        self.upcoming.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.upcoming.setWordWrap(True)
        overview_layout = QHBoxLayout(self.overview)
        overview_layout.addLayout(self.overview_form, 3)
        overview_layout.addSpacing(characters(self, 4))
        overview_layout.addWidget(self.upcoming, 2)
        self.visits_model = VisitsModel(session.scheduling.zone, self)
        self.visits = record_table(self.sections, "clientVisits", self.visits_model)
        # Size columns from the first rows, not every cell of hundreds of visits.
        self.visits.horizontalHeader().setResizeContentsPrecision(30)
        self.history = QLabel(self.sections)
        self.history.setObjectName("identityHistory")
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.sections.addTab(self.overview, self.tr("Overview"))
        self.sections.addTab(self.visits, self.tr("Visits"))
        self._journal_tab: LazyTab | None = None
        self._measures_tab: LazyTab | None = None
        self._plan_tab: LazyTab | None = None
        self._letters_tab: LazyTab | None = None
        if is_allowed(session.user.role, Action.READ_JOURNAL):
            # Built when first shown, and they read when shown: opening the page
            # to book a visit neither waits for them nor reads (and logs) the journal.
            self._journal_tab = LazyTab(self._build_journal, self.sections)
            self._measures_tab = LazyTab(self._build_measures, self.sections)
            self._plan_tab = LazyTab(self._build_plan, self.sections)
            self.sections.addTab(self._journal_tab, self.tr("Journal"))
            self.sections.addTab(self._measures_tab, self.tr("Questionnaires"))
            self.sections.addTab(self._plan_tab, self.tr("Plan"))
            if is_allowed(session.user.role, Action.SEND_REFERRALS):
                self._letters_tab = LazyTab(self._build_letters, self.sections)
                self.sections.addTab(self._letters_tab, self.tr("Consents and letters"))
            build_when_shown(self.sections)
        self.sections.addTab(self.history, self.tr("Identity and concerns"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.emergency_banner)
        layout.addWidget(self.alerts)
        layout.addWidget(self.sections, 1)
        self._show()

    # --- Showing ------------------------------------------------------------------

    def _show(self) -> None:
        client = self.client
        self.title.setText(client.display_name(show_full_names=self._full_names))
        counselors = ", ".join(sorted(self._staff.get(u, "") for u in client.counselor_ids))
        self.subtitle.setText(
            " · ".join(
                part
                for part in (
                    translated(client.strand.label),
                    translated(client.status.label),
                    self.tr("Counselor: {names}").format(names=counselors) if counselors else "",
                )
                if part
            )
        )
        self.badges.setText(self._contact_badges())
        self._show_emergency_access()
        self._show_overview()
        self._show_visits()
        self.refresh_history()

    def _contact_badges(self) -> str:
        """The safe-contact rules at a glance: what is allowed, what is not."""
        rules = self.client.contact_rules
        items = [
            (rules.may_phone, self.tr("may phone"), self.tr("do not phone")),
            (rules.may_leave_voicemail, self.tr("voicemail ok"), self.tr("no voicemail")),
            (rules.may_send_letters, self.tr("letters ok"), self.tr("no letters")),
            (
                rules.may_use_clinic_name,
                self.tr("clinic name ok"),
                self.tr("never say the clinic's name"),
            ),
        ]
        parts = [f"✓ {escape(yes)}" if allowed else f"✕ {escape(no)}" for allowed, yes, no in items]
        if rules.protected_identity:
            parts.insert(0, "<b>{title}</b>".format(title=escape(self.tr("Protected identity"))))
        return " &nbsp;·&nbsp; ".join(parts)

    def _show_emergency_access(self) -> None:
        access = None
        if is_allowed(self._session.user.role, Action.READ_JOURNAL):
            access = self._session.emergency_access.mine(self.client.id)
        if access is not None:
            self.emergency_text.setText(
                "<b>{title}</b> {text}".format(
                    title=escape(self.tr("Emergency access.")),
                    text=escape(
                        self.tr(
                            "{name}, you are reading this journal without being the "
                            "client's counselor. Every read is logged and the clinic lead "
                            "reviews it; the access lasts until midnight. Your reason: "
                            "“{reason}”"
                        ).format(name=self._session.user.full_name, reason=access.reason)
                    ),
                )
            )
        self.emergency_banner.setVisible(access is not None)

    def _show_overview(self) -> None:
        while self.overview_form.rowCount():
            self.overview_form.removeRow(0)
        client = self.client
        rows = [
            (self.tr("Alias or code"), client.alias),
            (
                self.tr("Name"),
                client.full_name
                if not client.contact_rules.protected_identity
                else self.tr("(protected)"),
            ),
            (self.tr("Identity number"), self._identity_text(masked=True)),
            (
                self.tr("Target groups"),
                ", ".join(sorted(translated(g.label) for g in client.target_groups)),
            ),
            (self.tr("Gender"), translated(client.gender.label)),
            (
                self.tr("Birth year"),
                str(client.birth_year)
                if client.birth_year
                else (translated(client.age_band.label) if client.age_band else ""),
            ),
            (self.tr("Home municipality"), client.home_municipality),
            (
                self.tr("Referred by"),
                translated(client.referral_source.label) if client.referral_source else "",
            ),
            (self.tr("Interpreter"), client.interpreter_language),
            (
                self.tr("First contact"),
                client.first_contact.isoformat() if client.first_contact else "",
            ),
            (self.tr("Phone"), client.phone),
            (self.tr("E-mail"), client.email),
            (self.tr("Address"), client.address),
        ]
        if client.closed_reason:
            rows.append((self.tr("Reason for closing"), client.closed_reason))
        identity_label = self.tr("Identity number")
        for label, value in rows:
            field = QLabel(value or "–", self.overview)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(label != identity_label)
            if label == identity_label and client.identity is not None:
                row = QHBoxLayout()
                row.addWidget(field)
                reveal = QPushButton(self.tr("Show"), self.overview)
                reveal.setObjectName("revealIdentity")
                reveal.setCheckable(True)
                reveal.toggled.connect(
                    lambda shown, label=field: label.setText(self._identity_text(masked=not shown))
                )
                row.addWidget(reveal)
                row.addStretch(1)
                self.overview_form.addRow(label + ":", row)
            else:
                self.overview_form.addRow(label + ":", field)

    def _identity_text(self, *, masked: bool) -> str:
        client = self.client
        if client.no_identity_decision:
            return self.tr("No identity recorded (decision {decision})").format(
                decision=client.no_identity_decision
            )
        if client.identity is None:
            return ""
        number = client.identity.masked() if masked else client.identity.formatted()
        return f"{number} ({translated(client.identity.kind.label)})"

    def _show_visits(self) -> None:
        visits = self._session.scheduling.client_appointments(self.client.id)
        rooms = {
            room.id: room.name for room in self._session.calendar_settings.rooms(active_only=False)
        }
        self.visits_model.set_visits(visits, self._staff, rooms)
        self.sections.setTabText(1, self.tr("Visits ({count})").format(count=len(visits)))
        now = self._session.time.now()
        zone = self._session.time.zone
        coming = [v for v in reversed(visits) if v.starts_at >= now and v.status.occupies_time]
        lines = ["<h4>{title}</h4>".format(title=escape(self.tr("Coming visits")))]
        for visit in coming[:6]:
            who = ", ".join(sorted(self._staff.get(u, "") for u in visit.counselor_ids))
            lines.append(f"{local_datetime(visit.starts_at, zone)} · {escape(who)}<br>")
        if not coming:
            lines.append(escape(self.tr("None booked.")))
        attended = sum(1 for v in visits if v.status.value == "attended")
        missed = sum(1 for v in visits if v.status.value == "no_show")
        lines.append(
            "<h4>{}</h4>{}".format(
                escape(self.tr("So far")),
                escape(
                    ", ".join(
                        (
                            self.tr("%n attended", "", attended),
                            self.tr("%n no-show(s)", "", missed),
                        )
                    )
                ),
            )
        )
        self.upcoming.setText("".join(lines))

    def refresh_history(self) -> None:
        zone = self._session.time.zone
        lines = ["<h4>{title}</h4>".format(title=escape(self.tr("Identity history")))]
        history = self._session.clients.identity_history(self.client.id)
        if not history:
            lines.append(escape(self.tr("No identity has been recorded.")))
        for change in history:
            if change.identity is not None:
                what = f"{change.identity.masked()} ({translated(change.identity.kind.label)})"
            else:
                what = self.tr("No identity recorded ({decision})").format(
                    decision=change.no_identity_decision
                )
            who = self._staff.get(change.changed_by, "")
            when = local_datetime(change.changed_at, zone)
            lines.append(f"{escape(when)} · {escape(who)}: {escape(what)}<br>")
        lines.append(
            "<h4>{title}</h4>".format(title=escape(self.tr("Report-of-concern considerations")))
        )
        considerations = self._session.clients.considerations(self.client.id)
        if not considerations:
            lines.append(escape(self.tr("None.")))
        pending = [c for c in considerations if c.pending]
        for item in considerations:
            if item.pending:
                answer = self.tr("waiting for an answer")
            else:
                answer = translated(item.answer.label) if item.answer else ""
                if item.note:
                    answer += f" – {item.note}"
            when = local_datetime(item.prompted_at, zone)
            lines.append(f"{escape(when)}: {escape(answer)}<br>")
        self.history.setText("".join(lines))
        alerts = []
        if pending:
            alerts.append(self.tr("A report of concern is still to be considered."))
        if self.client.contact_rules.protected_identity:
            alerts.append(self.tr("Protected identity: give nothing about this client to anyone."))
        self.alerts.setText(" ".join(alerts))
        self.alerts.setVisible(bool(alerts))

    def _build_journal(self, parent: QWidget) -> JournalTab:
        journal = JournalTab(self._session, self.client.id, parent)
        journal.access_panel.granted.connect(self._access_granted)
        return journal

    def _build_measures(self, parent: QWidget) -> MeasuresTab:
        measures = MeasuresTab(self._session, self.client.id, parent)
        measures.note_started.connect(self._journal_changed)
        return measures

    def _journal_changed(self) -> None:
        """A questionnaire started a risk note: the journal, if read, shows it now."""
        if self._journal_tab is not None and self._journal_tab.built:
            cast(JournalTab, self._journal_tab.content()).reload()

    def _build_plan(self, parent: QWidget) -> PlanTab:
        plan = PlanTab(self._session, self.client.id, parent)
        plan.access_panel.granted.connect(self._access_granted)
        return plan

    def _build_letters(self, parent: QWidget) -> LettersTab:
        letters = LettersTab(self._session, self.client.id, parent)
        letters.access_panel.granted.connect(self._access_granted)
        letters.changed.connect(self._journal_changed)
        return letters

    @property
    def letters(self) -> LettersTab | None:
        return cast(LettersTab, self._letters_tab.content()) if self._letters_tab else None

    @property
    def journal(self) -> JournalTab | None:
        return cast(JournalTab, self._journal_tab.content()) if self._journal_tab else None

    @property
    def measures(self) -> MeasuresTab | None:
        return cast(MeasuresTab, self._measures_tab.content()) if self._measures_tab else None

    @property
    def plan(self) -> PlanTab | None:
        return cast(PlanTab, self._plan_tab.content()) if self._plan_tab else None

    def _access_granted(self) -> None:
        """Emergency access on the journal or plan tab opens the other clinical
        tabs too (those not built yet read when they are), under the banner that
        says so."""
        self._show_emergency_access()
        if self._measures_tab is not None and self._measures_tab.built:
            cast(MeasuresTab, self._measures_tab.content()).refresh()
        for tab in (self._journal_tab, self._plan_tab, self._letters_tab):
            guarded = cast(GuardedTab, tab.content()) if tab is not None and tab.built else None
            if guarded is not None and not guarded.loaded:
                guarded.load()

    def show_journal(self) -> None:
        if self._journal_tab is not None:
            self.sections.setCurrentWidget(self._journal_tab)

    def show_questionnaires(self) -> None:
        if self._measures_tab is not None:
            self.sections.setCurrentWidget(self._measures_tab)

    def show_note(self, note_id: str) -> None:
        journal = self.journal
        if journal is not None and self._journal_tab is not None:
            self.sections.setCurrentWidget(self._journal_tab)
            journal.select_note(note_id)

    # --- Actions ------------------------------------------------------------------

    def edit(self) -> ClientFormDialog:
        dialog = ClientFormDialog(self._session, self, self.client)
        dialog.saved.connect(self._saved)
        open_dialog(dialog)
        return dialog

    def _saved(self, client: Client, prompt: ConcernConsideration | None) -> None:
        self.client = client
        self._show()
        self.changed.emit(client.id)
        if prompt is not None:
            open_dialog(
                ConcernDialog(self._session, prompt, client.alias, self), self.refresh_history
            )

    def book(self) -> None:
        from mottagning.ui.calendar.booking_dialog import BookingDialog  # noqa: PLC0415

        dialog = BookingDialog(
            self._session,
            self,
            client_id=self.client.id,
            counselor_ids=frozenset(self.client.counselor_ids),
        )
        dialog.booked.connect(lambda _: self._show_visits())
        open_dialog(dialog)

    def add_to_waiting_list(self) -> None:
        open_dialog(WaitingEntryDialog(self._session, self, client_id=self.client.id))
