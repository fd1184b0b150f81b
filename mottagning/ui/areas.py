"""The areas of the main window (Idag, Kalender, Klienter, Administration ...).

Each area says who may see it and how to build its page. The navigation lists
only the areas the signed-in user's role allows; the services enforce the
same rules again, so hiding is a courtesy, not the protection.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session


@dataclass(frozen=True)
class Area:
    key: str
    title: Callable[[], str]  # translated when the navigation is built
    needs: Action | None  # the action the area is about; None: everyone
    build: Callable[[Session, QWidget], QWidget]

    def visible_to(self, session: Session) -> bool:
        return self.needs is None or is_allowed(session.user.role, self.needs)


def _administration(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.admin.page import AdministrationPage  # noqa: PLC0415 (built on demand)

    return AdministrationPage(session, parent)


AREAS: tuple[Area, ...] = (
    Area(
        "administration",
        lambda: QCoreApplication.translate("Areas", "Administration"),
        Action.MANAGE_USERS,
        _administration,
    ),
)


def areas_for(session: Session) -> list[Area]:
    return [area for area in AREAS if area.visible_to(session)]
