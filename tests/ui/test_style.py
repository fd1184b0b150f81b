"""The application's style sheet: what it changes in the platform's look."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProxyStyle, QStyle

from mottagning.ui.style import apply_style


class IconedButtonsStyle(QProxyStyle):
    """A platform style that puts icons on dialog buttons (as Fusion does on
    many Linux desktops): OK and Cancel get one, a button the dialog names does not."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):  # noqa: N803
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


@pytest.fixture
def iconed_platform(qapp) -> Iterator[None]:
    platform = qapp.style().name()
    QApplication.setStyle(IconedButtonsStyle(platform))
    yield
    qapp.setStyleSheet("")
    QApplication.setStyle(platform)


def make_buttons(qtbot) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    buttons.addButton("Boka", QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.show()
    return buttons


def test_dialog_buttons_are_words_only_like_the_ones_the_dialogs_name(qtbot, qapp, iconed_platform):
    platform = make_buttons(qtbot)
    assert any(not b.icon().isNull() for b in platform.buttons()), "the premise"
    apply_style(qapp)
    styled = make_buttons(qtbot)
    for button in styled.buttons():
        assert button.icon().isNull(), button.text()
