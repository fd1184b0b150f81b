"""The address book of receiving units (administrators and the clinic lead),
and for the clinic lead the list of legal grounds and the letter templates."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.consent import Unit, UnitDetails, UnitType
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.errors import user_errors
from mottagning.ui.forms import add_row
from mottagning.ui.sizes import lines
from mottagning.ui.translations import translated


def _text(parent: QWidget, name: str, height: float) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(lines(edit, height))
    return edit


class AddressBookTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookTab")
        self._session = session
        self._unit_id: str | None = None
        layout = QGridLayout(self)
        layout.addWidget(self._units_box(), 0, 0, 2, 1)
        self.grounds: QListWidget | None = None
        if is_allowed(session.user.role, Action.MANAGE_LEGAL_GROUNDS):
            layout.addWidget(self._grounds_box(), 0, 1)
        if is_allowed(session.user.role, Action.EDIT_LETTER_TEMPLATES):
            layout.addWidget(self._templates_box(), 1, 1)
        layout.setColumnStretch(0, 1)
        if layout.columnCount() > 1:  # the lead's boxes beside the units
            layout.setColumnStretch(1, 1)
        self.refresh()

    # --- Units ---------------------------------------------------------------------------

    def _units_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receiving units"), self)
        self.units = QListWidget(box)
        self.units.setObjectName("unitList")
        self.units.currentItemChanged.connect(self._unit_chosen)
        self.unit_name = QLineEdit(box)
        self.unit_name.setObjectName("unitName")
        self.unit_type = QComboBox(box)
        self.unit_type.setObjectName("unitType")
        for unit_type in UnitType:
            self.unit_type.addItem(translated(unit_type.label), unit_type.value)
        self.unit_address = _text(box, "unitAddress", 3.6)
        self.unit_phone = QLineEdit(box)
        self.unit_phone.setObjectName("unitPhone")
        self.unit_email = QLineEdit(box)
        self.unit_email.setObjectName("unitEmail")
        self.unit_active = QCheckBox(self.tr("In use"), box)
        self.unit_active.setChecked(True)
        form = QFormLayout()
        add_row(form, self.tr("&Name:"), self.unit_name)
        add_row(form, self.tr("&Type:"), self.unit_type)
        add_row(form, self.tr("&Address:"), self.unit_address)
        add_row(form, self.tr("&Phone:"), self.unit_phone)
        add_row(form, self.tr("Secure &e-mail:"), self.unit_email)
        form.addRow("", self.unit_active)
        new = QPushButton(self.tr("&New unit"), box)
        new.clicked.connect(self._new_unit)
        save = QPushButton(self.tr("&Save unit"), box)
        save.setObjectName("saveUnit")
        save.clicked.connect(self.save_unit)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout = QVBoxLayout(box)
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    def refresh(self) -> None:
        with user_errors(self):
            self.units.clear()
            for unit in self._session.address_book.units(include_inactive=True):
                text = f"{unit.name} ({translated(unit.unit_type.label)})"
                if not unit.active:
                    text += " – " + self.tr("not in use")
                item = QListWidgetItem(text, self.units)
                item.setData(Qt.ItemDataRole.UserRole, unit)
            if self.grounds is not None:
                self.grounds.clear()
                for ground in self._session.address_book.legal_grounds():
                    item = QListWidgetItem(f"{ground.name} ({ground.reference})", self.grounds)
                    item.setData(Qt.ItemDataRole.UserRole, ground.id)

    def _unit_chosen(self, item: QListWidgetItem | None) -> None:
        unit: Unit | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if unit is None:
            return
        self._unit_id = unit.id
        self.unit_name.setText(unit.name)
        self.unit_type.setCurrentIndex(self.unit_type.findData(unit.unit_type.value))
        self.unit_address.setPlainText(unit.address)
        self.unit_phone.setText(unit.phone)
        self.unit_email.setText(unit.secure_email)
        self.unit_active.setChecked(unit.active)

    def _new_unit(self) -> None:
        self._unit_id = None
        self.units.clearSelection()
        for field in (self.unit_name, self.unit_phone, self.unit_email):
            field.clear()
        self.unit_address.clear()
        self.unit_active.setChecked(True)
        self.unit_name.setFocus()

    def save_unit(self) -> None:
        details = UnitDetails(
            self.unit_name.text(),
            UnitType(self.unit_type.currentData()),
            self.unit_address.toPlainText(),
            self.unit_phone.text(),
            self.unit_email.text(),
            self.unit_active.isChecked(),
        )
        with user_errors(self):
            saved = self._session.address_book.save_unit(details, self._unit_id)
            self._unit_id = saved.id
            self.refresh()

    # --- Legal grounds (the clinic lead) ------------------------------------------------------

    def _grounds_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Legal grounds besides consent"), self)
        self.grounds = QListWidget(box)
        self.grounds.setObjectName("groundList")
        self.ground_name = QLineEdit(box)
        self.ground_name.setObjectName("groundName")
        self.ground_reference = QLineEdit(box)
        self.ground_reference.setObjectName("groundReference")
        self.ground_reference.setPlaceholderText(self.tr("e.g. OSL 10 kap. 28 §"))
        form = QFormLayout()
        add_row(form, self.tr("Gro&und:"), self.ground_name)
        add_row(form, self.tr("Legal &reference:"), self.ground_reference)
        add = QPushButton(self.tr("A&dd"), box)
        add.setObjectName("addGround")
        add.clicked.connect(self.add_ground)
        remove = QPushButton(self.tr("Take out of &use"), box)
        remove.clicked.connect(self.retire_ground)
        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.grounds, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    def add_ground(self) -> None:
        with user_errors(self):
            self._session.address_book.save_legal_ground(
                self.ground_name.text(), self.ground_reference.text()
            )
            self.ground_name.clear()
            self.ground_reference.clear()
            self.refresh()

    def retire_ground(self) -> None:
        item = self.grounds.currentItem() if self.grounds is not None else None
        if item is None:
            return
        with user_errors(self):
            ground = self._session.address_book.legal_ground(item.data(Qt.ItemDataRole.UserRole))
            self._session.address_book.save_legal_ground(
                ground.name, ground.reference, ground.id, active=False
            )
            self.refresh()

    # --- Letter templates (the clinic lead) -------------------------------------------------

    def _templates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Referral templates"), self)
        self.template_type = QComboBox(box)
        self.template_type.setObjectName("templateType")
        for unit_type in UnitType:
            self.template_type.addItem(translated(unit_type.label), unit_type.value)
        self.template_language = QComboBox(box)
        self.template_language.setObjectName("templateLanguage")
        self.template_language.addItem(self.tr("Swedish"), "sv")
        self.template_language.addItem(self.tr("English"), "en")
        self.template_opening = _text(box, "templateOpening", 3.6)
        self.template_closing = _text(box, "templateClosing", 2.4)
        self.template_version = QLabel(box)
        self.template_version.setObjectName("templateVersion")
        form = QFormLayout()
        add_row(form, self.tr("For &recipients of type:"), self.template_type)
        add_row(form, self.tr("&Language:"), self.template_language)
        add_row(form, self.tr("&Opening:"), self.template_opening)
        add_row(form, self.tr("&Closing:"), self.template_closing)
        save = QPushButton(self.tr("Save as a new &version"), box)
        save.setObjectName("saveTemplate")
        save.clicked.connect(self.save_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_version, 1)
        buttons.addWidget(save)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.template_type.currentIndexChanged.connect(self._show_template)
        self.template_language.currentIndexChanged.connect(self._show_template)
        self._show_template()
        return box

    def _show_template(self) -> None:
        with user_errors(self):
            template = self._session.address_book.template(
                UnitType(self.template_type.currentData()),
                str(self.template_language.currentData()),
            )
            self.template_opening.setPlainText(template.opening)
            self.template_closing.setPlainText(template.closing)
            self.template_version.setText(
                self.tr("Built-in text")
                if template.version == 0
                else self.tr("Version {number}").format(number=template.version)
            )

    def save_template(self) -> None:
        with user_errors(self):
            self._session.address_book.save_template(
                UnitType(self.template_type.currentData()),
                str(self.template_language.currentData()),
                self.template_opening.toPlainText(),
                self.template_closing.toPlainText(),
            )
            self._show_template()
