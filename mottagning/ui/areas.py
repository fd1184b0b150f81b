"""The areas of the main window: Idag, Kalender, Klienter, Väntelista,
Utåtriktat arbete, Statistik, Administration.

Each area says which actions make it useful and how to build its page. The
navigation lists only the areas the signed-in user's role allows; the
services enforce the same rules again, so hiding is a courtesy, not the
protection. Pages are built when first shown.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mottagning.i18n import QT_TRANSLATE_NOOP
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session

TODAY, CALENDAR, CLIENTS, WAITING_LIST, OUTWARD_WORK, STATISTICS, ADMINISTRATION = (
    "today",
    "calendar",
    "clients",
    "waiting_list",
    "outward_work",
    "statistics",
    "administration",
)


@dataclass(frozen=True)
class Area:
    key: str
    title: Callable[[], str]  # translated when the navigation is built
    needs_any: tuple[Action, ...]  # the area shows when the role may do one of these
    build: Callable[[Session, QWidget], QWidget]

    def visible_to(self, session: Session) -> bool:
        return any(is_allowed(session.user.role, action) for action in self.needs_any)


def _today(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.today import TodayPage  # noqa: PLC0415 (pages load on first use)

    return TodayPage(session, parent)


def _calendar(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.calendar.page import CalendarPage  # noqa: PLC0415

    return CalendarPage(session, parent)


def _clients(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.clients.register_page import ClientRegisterPage  # noqa: PLC0415

    return ClientRegisterPage(session, parent)


def _waiting_list(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.waiting_list import WaitingListPage  # noqa: PLC0415

    return WaitingListPage(session, parent)


def _outward_work(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.outward_work import OutwardWorkPage  # noqa: PLC0415

    return OutwardWorkPage(session, parent)


def _statistics(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.statistics.page import StatisticsPage  # noqa: PLC0415

    return StatisticsPage(session, parent)


def _administration(session: Session, parent: QWidget) -> QWidget:
    from mottagning.ui.admin.page import AdministrationPage  # noqa: PLC0415

    return AdministrationPage(session, parent)


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Areas", text)


AREAS: tuple[Area, ...] = (
    Area(TODAY, _title(QT_TRANSLATE_NOOP("Areas", "Today")), (Action.VIEW_CALENDAR,), _today),
    Area(
        CALENDAR, _title(QT_TRANSLATE_NOOP("Areas", "Calendar")), (Action.VIEW_CALENDAR,), _calendar
    ),
    Area(CLIENTS, _title(QT_TRANSLATE_NOOP("Areas", "Clients")), (Action.VIEW_CLIENTS,), _clients),
    Area(
        WAITING_LIST,
        _title(QT_TRANSLATE_NOOP("Areas", "Waiting list")),
        (Action.MANAGE_WAITING_LIST,),
        _waiting_list,
    ),
    Area(
        OUTWARD_WORK,
        _title(QT_TRANSLATE_NOOP("Areas", "Outward work")),
        (Action.RECORD_OUTWARD_WORK,),
        _outward_work,
    ),
    Area(
        STATISTICS,
        _title(QT_TRANSLATE_NOOP("Areas", "Statistics")),
        (Action.COMPILE_STATISTICS,),
        _statistics,
    ),
    Area(
        ADMINISTRATION,
        _title(QT_TRANSLATE_NOOP("Areas", "Administration")),
        (Action.MANAGE_USERS, Action.MANAGE_CALENDAR),
        _administration,
    ),
)


def areas_for(session: Session) -> list[Area]:
    return [area for area in AREAS if area.visible_to(session)]
