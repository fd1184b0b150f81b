"""An appointment letter (kallelse) for a visit: handed over or posted home
(as the client's contact rules allow), previewed in memory, printed."""

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.letters import RenderedDocument
from mottagning.reports.pages import PRINT_DPI, PageImage, page_images
from mottagning.services.session import Session
from mottagning.ui.errors import explain, message_for
from mottagning.ui.forms import add_row
from mottagning.ui.letters import referral_builder
from mottagning.ui.letters.pages import PagePreview, paint_pages
from mottagning.ui.worker import run_in_background, run_operation


class AppointmentLetterDialog(QDialog):
    def __init__(self, session: Session, appointment_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentLetterDialog")
        self.setWindowTitle(self.tr("Appointment letter"))
        self._session = session
        self._appointment_id = appointment_id
        self._document: RenderedDocument | None = None
        self.handed = QRadioButton(self.tr("&Hand over at a visit (no address)"), self)
        self.handed.setObjectName("letterHandedOver")
        self.handed.setChecked(True)
        self.posted = QRadioButton(self.tr("&Post to the client's home address"), self)
        self.posted.setObjectName("letterPosted")
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        self.language.addItem(self.tr("Swedish"), "sv")
        self.language.addItem(self.tr("English"), "en")
        self.message = QLabel(self)
        self.message.setObjectName("letterMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.handed)
        form.addRow(self.posted)
        add_row(form, self.tr("&Language:"), self.language)
        self.preview = PagePreview(self)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setObjectName("printAppointmentLetter")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(
            lambda: referral_builder.choose_printer(self, self._print_on)
        )
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        screen = self.screen().availableGeometry()
        self.resize(700, min(900, int(screen.height() * 0.92)))
        self.posted.toggled.connect(lambda _: self.refresh())  # one of the two changed
        self.language.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        posted, language = self.posted.isChecked(), str(self.language.currentData())
        dpi = self.preview.fitting_dpi()
        appointment_id = self._appointment_id

        def work(session: Session, _report: object) -> tuple[RenderedDocument, list[PageImage]]:
            document = session.appointment_letters.render(
                appointment_id, posted=posted, language=language
            )
            return document, page_images(document.pdf, dpi)

        self.print_button.setEnabled(False)
        run_operation(
            self,
            self._session,
            work,
            self._shown,
            on_error=self._refused,
            key=f"appointment-letter-{id(self)}",
        )

    def _shown(self, result: tuple[RenderedDocument, list[PageImage]]) -> None:
        self._document, pages = result
        self.message.hide()
        self.preview.show_pages(pages)
        self.print_button.setEnabled(True)

    def _refused(self, error: BaseException) -> None:
        self._document = None
        if not isinstance(error, UserError):
            explain(self, error)
            return
        self.message.setText(message_for(error))
        self.message.show()
        self.preview.show_message("")

    def _print_on(self, printer: QPagedPaintDevice) -> None:
        if self._document is None:
            return
        pdf = self._document.pdf
        run_in_background(
            lambda: page_images(pdf, PRINT_DPI),
            lambda pages: paint_pages(printer, pages),
            lambda error: explain(self, error),
        )
