"""The look: the platform's own style and palette (dark mode too), with a
few touches: error text, the login card, the navigation, dialog buttons in
words only (a style that gives Cancel and OK icons gives none to "Book" or
"Sign and lock", and a row of half-iconed buttons looks broken). Sizes follow the
system's font (a larger font or a high-DPI screen scales them too)."""

from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

NAVIGATION_FONT_SCALE = 1.2  # the areas read as headings beside the page


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_style(app: QApplication) -> None:
    dark = is_dark(app.palette())
    error = QColor("#ff8a80" if dark else "#b3261e")
    accent = app.palette().color(QPalette.ColorRole.Highlight)
    card = app.palette().color(QPalette.ColorRole.Base)
    font = app.font()
    line = QFontMetrics(font).height()  # paddings in proportion to the text
    if font.pointSizeF() > 0:
        navigation_size = f"{font.pointSizeF() * NAVIGATION_FONT_SCALE:.1f}pt"
    else:  # a font set in pixels
        navigation_size = f"{round(font.pixelSize() * NAVIGATION_FONT_SCALE)}px"
    app.setStyleSheet(
        f"""
        QLabel[role="error"] {{ color: {error.name()}; }}
        QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
        QFrame#loginCard {{ background: {card.name()}; border-radius: {line // 2}px; }}
        QLabel#clinicName {{ color: palette(placeholder-text); }}
        QLabel#demoHint {{ color: palette(placeholder-text); }}
        QLabel#statusDemo {{ color: {accent.name()}; font-weight: bold;
                             padding: 0 {line // 2}px; }}
        QListWidget#navigation {{ border: none; padding-top: {line // 2}px;
                                  font-size: {navigation_size};
                                  background: palette(alternate-base); }}
        QListWidget#navigation::item {{ padding: {line // 2}px {line * 3 // 4}px; }}
        QFrame#emergencyBanner {{ background: palette(alternate-base);
                                  border-left: {max(3, line // 4)}px solid {accent.name()};
                                  padding: {line // 3}px; }}
        """
    )
