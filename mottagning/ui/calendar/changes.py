"""One change to a visit, carried through the questions it may need.

A series member first asks which visits to change. Then the change is tried;
a clash is explained by name, and a role that may override is offered
"Book anyway" with a required reason, after which the change is tried again.
Everything is non-blocking: the result arrives as `done` or `abandoned`.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mottagning.errors import AppointmentClash, UserError
from mottagning.models.calendar import Appointment, SeriesScope
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.calendar.questions import OverrideDialog, ScopeQuestion, warn
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import message_for

# (scope, override reason) -> the changed visits; raises UserError when refused
Attempt = Callable[[SeriesScope, str], list[Appointment]]


class Change(QObject):
    done = Signal(list)  # the changed appointments
    abandoned = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        appointment: Appointment,
        attempt: Attempt,
        *,
        scope_question: str = "",
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._widget = parent
        self._appointment = appointment
        self._attempt = attempt
        self._scope_question = scope_question

    def start(self) -> None:
        if self._scope_question and self._appointment.series_id is not None:
            question = ScopeQuestion(self._widget, self._scope_question)
            question.chosen.connect(self._try)
            question.abandoned.connect(self._give_up)
            question.open()
            return
        self._try(SeriesScope.THIS)

    def _try(self, scope: SeriesScope, reason: str = "") -> None:
        try:
            changed = self._attempt(scope, reason)
        except AppointmentClash as clash:
            if reason or not is_allowed(self._session.user.role, Action.OVERRIDE_CLASHES):
                self._refused(clash)
                return
            dialog = OverrideDialog(self._widget, message_for(clash))
            dialog.rejected.connect(self._give_up)
            open_dialog(dialog, lambda: self._try(scope, dialog.reason.text()))
            return
        except UserError as error:
            self._refused(error)
            return
        self.done.emit(changed)
        self.deleteLater()

    def _refused(self, error: UserError) -> None:
        warn(self._widget, message_for(error))
        self._give_up()

    def _give_up(self) -> None:
        self.abandoned.emit()
        self.deleteLater()
