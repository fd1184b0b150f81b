"""The calendar's colours, derived from the platform's palette so that light
and dark themes both read well. Colour is used only where it means something:
the status of a visit, today, the current time, closed hours."""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from mottagning.models.calendar import AppointmentStatus
from mottagning.ui.style import is_dark

# Hues that carry meaning (light theme, dark theme).
_ARRIVED = ("#2e7d32", "#81c784")  # the client is here: green
_NO_SHOW = ("#b26a00", "#ffb74d")  # did not come: amber, noticeable but not an alarm
_NOW = ("#c62828", "#ef9a9a")  # the current time line


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """`amount` of `tint` over `base`."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


@dataclass(frozen=True)
class BlockStyle:
    fill: QColor
    edge: QColor  # the bar at the block's left edge, and its outline
    text: QColor
    muted: QColor  # second lines
    struck: bool  # cancelled: struck through and faded


@dataclass(frozen=True)
class Colours:
    base: QColor
    text: QColor
    muted: QColor
    line: QColor  # hour lines
    faint: QColor  # half-hour lines
    closed: QColor  # shading of closed hours and days
    today: QColor  # today's column tint
    accent: QColor  # today's heading, the selection
    now: QColor
    absence: QColor
    blocks: dict[AppointmentStatus, BlockStyle]

    @classmethod
    def of(cls, palette: QPalette) -> "Colours":
        dark = is_dark(palette)
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        accent = palette.color(role.Highlight)
        muted = mix(text, base, 0.4)
        strength = 0.34 if dark else 0.2

        def block(hue: QColor, struck: bool = False) -> BlockStyle:
            return BlockStyle(
                fill=base if struck else mix(base, hue, strength),
                edge=mix(base, hue, 0.45) if struck else hue,
                text=muted if struck else text,
                muted=mix(text, base, 0.55) if struck else mix(text, base, 0.3),
                struck=struck,
            )

        neutral = mix(base, text, 0.45)
        cancelled = block(neutral, struck=True)
        return cls(
            base=base,
            text=text,
            muted=muted,
            line=mix(base, text, 0.16),
            faint=mix(base, text, 0.07),
            closed=mix(base, text, 0.09 if dark else 0.06),
            today=mix(base, accent, 0.07 if dark else 0.05),
            accent=accent,
            now=QColor(_NOW[dark]),
            absence=mix(base, text, 0.2 if dark else 0.3),
            blocks={
                AppointmentStatus.BOOKED: block(accent),
                AppointmentStatus.ARRIVED: block(QColor(_ARRIVED[dark])),
                AppointmentStatus.ATTENDED: block(neutral),
                AppointmentStatus.NO_SHOW: block(QColor(_NO_SHOW[dark])),
                AppointmentStatus.CANCELLED_BY_CLIENT: cancelled,
                AppointmentStatus.CANCELLED_BY_CLINIC: cancelled,
            },
        )
