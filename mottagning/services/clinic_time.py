"""The clinic's own time: what 'now' and 'today' mean at the clinic, whatever
the workstation's clock face or time zone says. The UI asks this, never the
storage layer, so a test's clock moves every view at once."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from mottagning.services.unlocked_clinic import UnlockedClinic


class ClinicTime:
    def __init__(self, clinic: UnlockedClinic) -> None:
        self._clinic = clinic

    def now(self) -> datetime:
        """The current moment, timezone-aware in UTC."""
        return self._clinic.clock.now()

    @property
    def zone(self) -> ZoneInfo:
        """The clinic's time zone: days, dates and opening hours are local to it."""
        return self._clinic.zone

    def today(self) -> date:
        return self._clinic.today()

    def start_of_day(self, day: date) -> datetime:
        """Midnight at the clinic on `day`."""
        return datetime.combine(day, time.min, self.zone)
