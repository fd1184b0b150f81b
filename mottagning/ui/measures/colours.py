"""Colours of the measures views, derived from the palette so that light and
dark themes both read well (as the calendar's). Colour carries meaning only:
how severe a band is, the direction of a change, a raised flag."""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from mottagning.scoring import ChangeCategory
from mottagning.ui.calendar.colours import mix
from mottagning.ui.style import is_dark

# Hues that carry meaning (light theme, dark theme).
_SEVERITY = ("#c2571a", "#ffab70")  # bands shade towards this, more for worse bands
_BETTER = ("#2e7d32", "#81c784")
_WORSE = ("#b3261e", "#ff8a80")
_ALERT = ("#b26a00", "#ffb74d")  # a raised flag: noticeable, not an alarm


@dataclass(frozen=True)
class MeasureColours:
    base: QColor
    text: QColor
    muted: QColor
    grid: QColor
    axis: QColor
    line: QColor  # the series
    cutoff: QColor
    severity: QColor
    dark: bool
    categories: dict[ChangeCategory | None, QColor]
    alert_edge: QColor
    alert_fill: QColor
    current_row: QColor  # the item being answered

    @classmethod
    def of(cls, palette: QPalette) -> "MeasureColours":
        """The colours for `palette` (worked out once per palette: tables ask per cell)."""
        known = _by_palette.get(palette.cacheKey())
        if known is None:
            known = _by_palette[palette.cacheKey()] = cls._worked_out(palette)
        return known

    @classmethod
    def _worked_out(cls, palette: QPalette) -> "MeasureColours":
        dark = is_dark(palette)
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        accent = palette.color(role.Highlight)
        better, worse = QColor(_BETTER[dark]), QColor(_WORSE[dark])
        neutral = mix(text, base, 0.3)
        alert = QColor(_ALERT[dark])
        return cls(
            base=base,
            text=text,
            muted=mix(text, base, 0.4),
            grid=mix(base, text, 0.09),
            axis=mix(base, text, 0.45),
            line=mix(text, base, 0.25),
            cutoff=mix(text, base, 0.2),
            severity=QColor(_SEVERITY[dark]),
            dark=dark,
            categories={
                ChangeCategory.RECOVERED: better,
                ChangeCategory.RELIABLY_IMPROVED: better,
                ChangeCategory.NO_RELIABLE_CHANGE: neutral,
                ChangeCategory.RELIABLY_DETERIORATED: worse,
                None: neutral,
            },
            alert_edge=alert,
            alert_fill=mix(base, alert, 0.16 if dark else 0.1),
            current_row=mix(base, accent, 0.22 if dark else 0.13),
        )

    def band_fill(self, severity: int, count: int) -> QColor:
        """The shade of band `severity` (0 = least severe) of `count`: light for the
        mildest, a little stronger for each worse band; never loud."""
        strongest = 0.16 if self.dark else 0.18
        amount = strongest * severity / max(count - 1, 1)
        return mix(self.base, self.severity, amount)


_by_palette: dict[int, MeasureColours] = {}
