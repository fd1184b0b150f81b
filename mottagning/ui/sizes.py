"""Sizes in the user's font: widths in characters, heights in lines.

A size in pixels fits one font at one DPI. Measured in the widget's own font,
a larger system font or a high-DPI screen makes the window grow with its text
instead of cutting it off. Windows are kept within the screen they open on.
"""

from PySide6.QtWidgets import QWidget


def characters(widget: QWidget, count: float) -> int:
    """The width of `count` average characters in `widget`'s font."""
    return round(widget.fontMetrics().averageCharWidth() * count)


def lines(widget: QWidget, count: float) -> int:
    """The height of `count` lines of text in `widget`'s font."""
    return round(widget.fontMetrics().lineSpacing() * count)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to `width` x `height`, or to what its screen leaves room for
    (the available area less a margin for the window's frame)."""
    screen = window.screen().availableGeometry()
    margin = lines(window, 3)
    window.resize(min(width, screen.width() - margin), min(height, screen.height() - margin))


def text_width(widget: QWidget, sample: str) -> int:
    """Room for `sample` (say "2026-12-31 23:59") in `widget`'s font, with a
    cell's padding: digits are wider than the average character."""
    return widget.fontMetrics().horizontalAdvance(sample) + characters(widget, 2)


def grow_to_fit(window: QWidget) -> None:
    """Make `window` taller, within its screen, when what it shows now needs more
    room than it has (a message that appeared, advice that grew longer): Qt keeps
    the size it opened at, and squeezes or cuts off word-wrapped text instead.
    Never narrower or shorter."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = window.sizeHint().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    room = window.screen().availableGeometry().height() - lines(window, 3)
    if needed > window.height():
        window.resize(window.width(), min(needed, max(room, window.height())))
