"""The clinic's details (printed on letters) and settings (auto-lock ...).

Everyone may read them (the status bar shows the clinic's name, the window
locks after the clinic's idle time); only the clinic lead changes them.
"""

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mottagning.errors import InvalidInput
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.clinic import ClinicDetails, ClinicSettings
from mottagning.models.identity import RESERVNUMMER_FORMATS
from mottagning.services.context import Context
from mottagning.services.permissions import Action

AUTO_LOCK_RANGE = range(1, 61)  # minutes
AGE_LIMIT_RANGE = range(12, 26)  # years
DRAFT_OVERDUE_RANGE = range(1, 31)  # days a note may stay unsigned before it is flagged
MAX_DETAIL_LENGTH = 200


def validate_details(details: ClinicDetails) -> ClinicDetails:
    cleaned = ClinicDetails(
        name=" ".join(details.name.split()),
        address=details.address.strip(),
        phone=" ".join(details.phone.split()),
    )
    if not cleaned.name:
        raise InvalidInput(field=Text("Fields", "Clinic name"), problem=Text("Fields", "required"))
    if any(len(value) > MAX_DETAIL_LENGTH for value in cleaned.__dict__.values()):
        raise InvalidInput(
            field=Text("Fields", "Clinic details"), problem=Text("Fields", "at most 200 characters")
        )
    return cleaned


class ClinicSettingsService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._settings = context.clinic.settings

    def details(self) -> ClinicDetails:
        return self._settings.details()

    def settings(self) -> ClinicSettings:
        return self._settings.clinic_settings()

    def update_details(self, details: ClinicDetails) -> ClinicDetails:
        self._ctx.require(Action.EDIT_CLINIC_SETTINGS)
        details = validate_details(details)
        with self._ctx.db.transaction():
            self._settings.set_details(details, self._ctx.clinic.clock.now(), self._ctx.actor.id)
            self._ctx.record(
                LogAction.CLINIC_SETTINGS_CHANGED,
                target_type="settings",
                target_id="clinic_details",
            )
        return details

    def update_settings(self, settings: ClinicSettings) -> ClinicSettings:
        self._ctx.require(Action.EDIT_CLINIC_SETTINGS)
        if settings.auto_lock_minutes not in AUTO_LOCK_RANGE:
            raise InvalidInput(
                field=Text("Fields", "Lock after"),
                problem=Text("Fields", "between 1 and 60 minutes"),
            )
        if settings.age_limit is not None and settings.age_limit not in AGE_LIMIT_RANGE:
            raise InvalidInput(
                field=Text("Fields", "Age limit"), problem=Text("Fields", "between 12 and 25 years")
            )
        if settings.reservnummer_format not in RESERVNUMMER_FORMATS:
            raise InvalidInput(
                field=Text("Fields", "Reservnummer format"),
                problem=Text("Fields", "not a known format"),
            )
        if settings.draft_overdue_days not in DRAFT_OVERDUE_RANGE:
            raise InvalidInput(
                field=Text("Fields", "Unsigned drafts"),
                problem=Text("Fields", "between 1 and 30 days"),
            )
        try:
            ZoneInfo(settings.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(
                field=Text("Fields", "Time zone"), problem=Text("Fields", "not a known time zone")
            ) from None
        with self._ctx.db.transaction():
            self._settings.set_clinic_settings(
                settings, self._ctx.clinic.clock.now(), self._ctx.actor.id
            )
            self._ctx.record(
                LogAction.CLINIC_SETTINGS_CHANGED,
                target_type="settings",
                target_id="clinic_settings",
                detail=f"auto_lock_minutes={settings.auto_lock_minutes}"
                f" age_limit={settings.age_limit} reservnummer={settings.reservnummer_format}"
                f" draft_overdue_days={settings.draft_overdue_days}",
            )
        return settings
