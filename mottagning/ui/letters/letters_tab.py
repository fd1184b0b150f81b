"""A client's consents and letters: the consent register (consents and other
legal grounds, withdrawn when the client says so) and the letter register
(referrals sent, their replies), with the referral builder.

Like the journal, the tab shows nothing before the service allows it: the
client's counselors and the clinic lead; others by emergency access."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.letters import SentLetter
from mottagning.services.session import Session
from mottagning.ui.dialogs import confirm, open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.journal.guard import GuardedTab
from mottagning.ui.letters.access_review import AccessReviewDialog
from mottagning.ui.letters.consent_dialog import ConsentDialog
from mottagning.ui.letters.models import ConsentsModel, LettersModel
from mottagning.ui.letters.referral_builder import ReferralBuilder
from mottagning.ui.letters.reply_dialog import ReplyDialog
from mottagning.ui.letters.sent_letter import SentLetterDialog
from mottagning.ui.tables import record_table


class LettersTab(GuardedTab):
    changed = Signal()  # a referral was sent: the journal has a new entry

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, client_id, QWidget(), parent)
        self.setObjectName("lettersTab")
        content = self.content
        self.consents_model = ConsentsModel(content)
        self.consents = record_table(content, "consentTable", self.consents_model)
        header = self.consents.horizontalHeader()
        header.setStretchLastSection(False)  # the scope takes the room, cut short with "…"
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.record_button = QPushButton(self.tr("&Record consent or legal ground..."), content)
        self.record_button.setObjectName("recordConsent")
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw..."), content)
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.record_button)
        consent_buttons.addWidget(self.withdraw_button)
        consent_buttons.addStretch(1)
        consent_box = QGroupBox(self.tr("Consents and other legal grounds"), content)
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addWidget(self.consents, 1)
        consent_layout.addLayout(consent_buttons)

        self.letters_model = LettersModel(content)
        self.letters = record_table(content, "letterTable", self.letters_model)
        self.letters.doubleClicked.connect(lambda _: self.show_selected())
        self.write_button = QPushButton(self.tr("Write a &referral..."), content)
        self.write_button.setObjectName("writeReferral")
        self.write_button.clicked.connect(self.write_referral)
        self.reply_button = QPushButton(self.tr("Reply &received..."), content)
        self.reply_button.setObjectName("recordReply")
        self.reply_button.clicked.connect(self.record_reply)
        self.show_button = QPushButton(self.tr("&Show as sent..."), content)
        self.show_button.setObjectName("showSentLetter")
        self.show_button.clicked.connect(self.show_selected)
        self.extract_button = QPushButton(self.tr("Record &extract for the client..."), content)
        self.extract_button.setObjectName("recordExtract")
        self.extract_button.setToolTip(
            self.tr("The client's right to read their record: review, then release")
        )
        self.extract_button.clicked.connect(self.record_extract)
        letter_buttons = QHBoxLayout()
        for button in (self.write_button, self.reply_button, self.show_button):
            letter_buttons.addWidget(button)
        letter_buttons.addStretch(1)
        letter_buttons.addWidget(self.extract_button)
        letters_box = QGroupBox(self.tr("Letters sent"), content)
        letters_layout = QVBoxLayout(letters_box)
        letters_layout.addWidget(self.letters, 1)
        letters_layout.addLayout(letter_buttons)

        layout = QVBoxLayout(content)
        layout.addWidget(consent_box, 1)
        layout.addWidget(letters_box, 1)

    def _load(self) -> None:
        bases = self._session.consents.bases(self.client_id)
        units = {u.id: u.name for u in self._session.address_book.units(include_inactive=True)}
        today = self._session.time.today()
        self.consents_model.set_bases(bases, units, today)
        self.letters_model.set_letters(self._session.referrals.letters(self.client_id), today)

    def reload(self) -> None:
        with user_errors(self):
            self._load()

    # --- Actions ----------------------------------------------------------------------

    def record_consent(self) -> ConsentDialog:
        dialog = ConsentDialog(self._session, self.client_id, self)
        dialog.saved.connect(self.reload)
        open_dialog(dialog)
        return dialog

    def withdraw_selected(self) -> None:
        rows = self.consents.selectionModel().selectedRows()
        if not rows:
            return
        basis = self.consents_model.bases[rows[0].row()]
        name = self.consents_model.recipient_name(basis)

        def withdraw() -> None:
            with user_errors(self):
                self._session.consents.withdraw(basis.id)
            self.reload()

        confirm(
            self,
            self.tr("Withdraw"),
            self.tr(
                "Note that the consent for {recipient} is withdrawn from today? Nothing can "
                "be sent on it after that; the record itself stays."
            ).format(recipient=name),
            withdraw,
        )

    def write_referral(self) -> ReferralBuilder | None:
        with user_errors(self):
            builder = ReferralBuilder(self._session, self.client_id, self)
            builder.sent.connect(self._sent)
            open_dialog(builder)
            return builder
        return None

    def record_extract(self) -> AccessReviewDialog | None:
        """A new confidentiality review of the client's record (logged)."""
        with user_errors(self):
            review = self._session.access_requests.start(self.client_id)
            dialog = AccessReviewDialog(self._session, review, self)
            open_dialog(dialog)
            return dialog
        return None

    def _sent(self) -> None:
        self.reload()
        self.changed.emit()

    def _selected_letter(self) -> SentLetter | None:
        rows = self.letters.selectionModel().selectedRows()
        return self.letters_model.letter_at(rows[0]) if rows else None

    def record_reply(self) -> None:
        letter = self._selected_letter()
        if letter is None:
            return
        dialog = ReplyDialog(self._session, letter, self)
        dialog.saved.connect(self.reload)
        open_dialog(dialog)

    def show_selected(self) -> None:
        letter = self._selected_letter()
        if letter is None:
            return
        with user_errors(self):
            open_dialog(SentLetterDialog(self._session, letter, self))
