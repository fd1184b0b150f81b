"""The symbols of the progress chart: one shape per change category, so that
the meaning never rests on colour alone.

First (baseline): a ring. No reliable change: a dot. Reliable improvement: a
triangle pointing the way the score improves. Recovered: a star. Reliable
deterioration: a triangle pointing the way it worsens. Not scorable: a hollow
circle on the axis.
"""

from enum import Enum
from math import cos, pi, sin

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from mottagning.scoring import ChangeCategory


class Marker(Enum):
    FIRST = "first"
    NOT_SCORABLE = "not_scorable"
    UNCLASSIFIED = "unclassified"  # no criterion for reliable change
    RECOVERED = ChangeCategory.RECOVERED.value
    RELIABLY_IMPROVED = ChangeCategory.RELIABLY_IMPROVED.value
    NO_RELIABLE_CHANGE = ChangeCategory.NO_RELIABLE_CHANGE.value
    RELIABLY_DETERIORATED = ChangeCategory.RELIABLY_DETERIORATED.value

    @classmethod
    def of(cls, category: ChangeCategory | None, first: bool, scorable: bool) -> "Marker":
        if not scorable:
            return cls.NOT_SCORABLE
        if first:
            return cls.FIRST
        return cls.UNCLASSIFIED if category is None else cls(category.value)


def _triangle(centre: QPointF, size: float, up: bool) -> QPolygonF:
    tip = -1 if up else 1
    return QPolygonF(
        [
            QPointF(centre.x(), centre.y() + tip * size * 1.1),
            QPointF(centre.x() - size, centre.y() - tip * size * 0.75),
            QPointF(centre.x() + size, centre.y() - tip * size * 0.75),
        ]
    )


def _star(centre: QPointF, size: float) -> QPolygonF:
    corners = []
    for corner in range(10):
        radius = size * 1.25 if corner % 2 == 0 else size * 0.55
        angle = -pi / 2 + corner * pi / 5
        corners.append(QPointF(centre.x() + radius * cos(angle), centre.y() + radius * sin(angle)))
    return QPolygonF(corners)


def draw_marker(
    painter: QPainter,
    marker: Marker,
    centre: QPointF,
    colour: QColor,
    background: QColor,
    better_is_up: bool,
    size: float = 5.5,
) -> None:
    """Draw `marker` at `centre`; `better_is_up` turns the triangles (WHO-5, ORS)."""
    painter.save()
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(QBrush(colour))
    if marker is Marker.FIRST:
        painter.setBrush(QBrush(background))
        painter.setPen(QPen(colour, 2.2))
        painter.drawEllipse(centre, size, size)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(centre, size * 0.35, size * 0.35)
    elif marker is Marker.NOT_SCORABLE:
        painter.setBrush(QBrush(background))
        painter.setPen(QPen(colour, 1.6, Qt.PenStyle.SolidLine))
        painter.drawEllipse(centre, size, size)
    elif marker is Marker.RECOVERED:
        painter.drawPolygon(_star(centre, size))
    elif marker is Marker.RELIABLY_IMPROVED:
        painter.drawPolygon(_triangle(centre, size, up=better_is_up))
    elif marker is Marker.RELIABLY_DETERIORATED:
        painter.drawPolygon(_triangle(centre, size, up=not better_is_up))
    elif marker is Marker.UNCLASSIFIED:
        half = size * 0.75
        painter.drawRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))
    else:
        painter.drawEllipse(centre, size * 0.8, size * 0.8)
    painter.restore()
