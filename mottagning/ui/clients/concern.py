"""The report-of-concern question (orosanmälan), asked when a client may be a
minor. The counselor (or the clinic lead) answers; an administrator can only
leave it to them, and it then waits on their Today page."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.clients import ConcernAnswer, ConcernConsideration, ConcernReason
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.errors import message_for, show_in
from mottagning.ui.sizes import characters, lines, resize_within_screen
from mottagning.ui.translations import translated


class ConcernDialog(QDialog):
    def __init__(
        self, session: Session, consideration: ConcernConsideration, alias: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("concernDialog")
        self.setWindowTitle(self.tr("Consider a report of concern"))
        self._session = session
        self._consideration = consideration
        may_answer = is_allowed(session.user.role, Action.CONSIDER_CONCERN)
        if consideration.reason is ConcernReason.UNDER_18:
            why = self.tr(
                "{alias} may be under 18. Social services must be told when a child may "
                "need protection (orosanmälan under the Social Services Act). Consider "
                "whether to report."
            )
        else:
            why = self.tr(
                "{alias} may be younger than the clinic's age limit. Consider whether the "
                "clinic is the right place, and whether to make a report of concern."
            )
        text = QLabel(why.format(alias=alias), self)
        text.setWordWrap(True)
        self.answers = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for answer in ConcernAnswer:
            button = QRadioButton(translated(answer.label), self)
            button.setObjectName(f"answer_{answer.value}")
            button.setEnabled(may_answer)
            self.answers.addButton(button)
            button.setProperty("answer", answer.value)
            layout.addWidget(button)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("concernNote")
        self.note.setPlaceholderText(self.tr("Note (optional): what was decided and why"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(lines(self.note, 4))
        self.note.setEnabled(may_answer)
        layout.addWidget(self.note)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.answer_button = buttons.addButton(
            self.tr("Save the answer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.answer_button.setEnabled(may_answer)
        later = buttons.addButton(
            self.tr("Leave it to the counselor") if not may_answer else self.tr("Answer later"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        later.setObjectName("answerLater")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not may_answer:
            hint = QLabel(
                self.tr("The question waits on the counselor's Today page until it is answered."),
                self,
            )
            hint.setWordWrap(True)
            layout.insertWidget(layout.count() - 1, hint)
        resize_within_screen(self, characters(self, 86), self.sizeHint().height())

    def accept(self) -> None:
        checked = self.answers.checkedButton()
        if checked is None:
            show_in(self.error, self.tr("Choose an answer, or answer later."))
            return
        try:
            self._session.clients.answer_concern(
                self._consideration.id,
                ConcernAnswer(checked.property("answer")),
                self.note.toPlainText(),
            )
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        super().accept()
