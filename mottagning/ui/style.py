"""The look: the platform's own style and palette (dark mode too), with a
few touches: error text, the login card, the navigation."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_style(app: QApplication) -> None:
    dark = is_dark(app.palette())
    error = QColor("#ff8a80" if dark else "#b3261e")
    accent = app.palette().color(QPalette.ColorRole.Highlight)
    card = app.palette().color(QPalette.ColorRole.Base)
    app.setStyleSheet(
        f"""
        QLabel[role="error"] {{ color: {error.name()}; }}
        QFrame#loginCard {{ background: {card.name()}; border-radius: 8px; }}
        QLabel#clinicName {{ color: palette(placeholder-text); }}
        QLabel#demoHint {{ color: palette(placeholder-text); }}
        QLabel#statusDemo {{ color: {accent.name()}; font-weight: bold; padding: 0 8px; }}
        QListWidget#navigation {{ border: none; padding-top: 8px; font-size: 11pt;
                                  background: palette(alternate-base); }}
        QListWidget#navigation::item {{ padding: 8px 12px; }}
        """
    )
