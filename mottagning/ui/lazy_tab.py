"""A tab whose content is built the first time it is needed.

A client's page has tabs (journal, questionnaires, plan) that cost tens of
milliseconds each to build; most visits to the page use one of them or none.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The tab's widget, built now if it was not yet."""
        if self._content is None:
            self._content = self._build(self)
            self._layout.addWidget(self._content)
            if self.isVisible():
                self._content.show()  # now, not at the next turn of the event loop
        return self._content


def build_when_shown(tabs: QTabWidget) -> None:
    """Build a LazyTab's content when its tab is chosen."""

    def chosen(index: int) -> None:
        page = tabs.widget(index)
        if isinstance(page, LazyTab):
            page.content()

    tabs.currentChanged.connect(chosen)
