"""Painting the time grid: hours, closed time, absences, visits, the current
time. Called by the view's paintEvent with everything already placed."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from mottagning.models.calendar import AppointmentStatus, ContactForm
from mottagning.ui.calendar import texts
from mottagning.ui.calendar.board import Band, Board, Placed
from mottagning.ui.calendar.colours import BlockStyle, Colours
from mottagning.ui.calendar.geometry import Geometry
from mottagning.ui.calendar.grid_drag import Span
from mottagning.ui.calendar.layout import SLOT
from mottagning.ui.calendar.selection import Selection, SlotPick

PADDING = 4.0
EDGE_BAR = 3.0


@dataclass(frozen=True)
class FontFacts:
    """What painting a block asks of its font, worked out once per font: a
    clinic's week has a thousand blocks on the screen, most too narrow for text."""

    small: QFont
    bold: QFont
    line: int  # the base font's line spacing
    average_char: int
    narrowest_text: int  # "MM" in bold: a block narrower shows no text


_font_facts: dict[str, FontFacts] = {}


def font_facts(base: QFont) -> FontFacts:
    key = base.key()
    facts = _font_facts.get(key)
    if facts is None:
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.9))
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(base)
        facts = _font_facts[key] = FontFacts(
            small,
            bold,
            metrics.lineSpacing(),
            metrics.averageCharWidth(),
            QFontMetrics(bold).horizontalAdvance("MM"),
        )
    return facts


@dataclass(frozen=True)
class BlockText:
    time: str  # 10:00–10:50 · Arrived
    who: str  # the client's alias, or the kind of visit
    detail: str  # room, the kind of visit, other counselors


def block_text(board: Board, placed: Placed) -> BlockText:
    snapshot, appointment = board.snapshot, placed.appointment
    time = texts.time_range(appointment.starts_at, appointment.ends_at, snapshot.zone)
    if appointment.status is not AppointmentStatus.BOOKED:
        time = f"{time} · {texts.status_text(appointment.status)}"
    client = snapshot.client_name(appointment)
    details = []
    if client and appointment.contact_form is not ContactForm.BOOKED_VISIT:
        details.append(texts.form_text(appointment.contact_form))
    if appointment.room_id:
        details.append(snapshot.room_names.get(appointment.room_id, ""))
    column_counselor = board.columns[placed.column].counselor_id
    others = sorted(appointment.counselor_ids - {column_counselor})
    details += [texts.short_name(snapshot.staff_names.get(user_id, "?")) for user_id in others]
    return BlockText(time, texts.who(appointment, client), " · ".join(d for d in details if d))


def paint_grid(
    painter: QPainter,
    geo: Geometry,
    board: Board,
    colours: Colours,
    selection: Selection | None,
    exposed: QRectF,
) -> None:
    painter.fillRect(exposed, colours.base)
    snapshot = board.snapshot
    for index, column in enumerate(board.columns):
        whole = geo.column_rect(index)
        if not whole.intersects(exposed):
            continue  # the whole clinic's week has hundreds of columns off the screen
        info = snapshot.day_info(column.day)
        if info.opening is None:
            painter.fillRect(whole, colours.closed)
        else:
            opens, closes = info.opening
            painter.fillRect(geo.span_rect(index, board.first, opens), colours.closed)
            painter.fillRect(geo.span_rect(index, closes, board.last), colours.closed)
            if column.day == snapshot.today:
                painter.fillRect(geo.span_rect(index, opens, closes), colours.today)
    _paint_absences(painter, geo, board, colours)
    _paint_lines(painter, geo, board, colours, exposed)
    if isinstance(selection, SlotPick) and selection.column < len(geo.edges):
        rect = geo.span_rect(selection.column, selection.start, selection.end).adjusted(
            1, 1, -1, -1
        )
        fill = QColor(colours.accent)
        fill.setAlphaF(0.22)
        painter.fillRect(rect, fill)
        painter.setPen(QPen(colours.accent, 1.5))
        painter.drawRect(rect)


def _paint_lines(
    painter: QPainter, geo: Geometry, board: Board, colours: Colours, exposed: QRectF
) -> None:
    left = geo.gutter
    right = geo.edges[-1][0] + geo.edges[-1][1] if geo.edges else left
    metrics = QFontMetrics(painter.font())
    for minute in range(board.first, board.last + 1, SLOT):
        y = round(geo.axis.y(minute)) + 0.5
        if minute % 60 == 0:
            painter.setPen(QPen(colours.line, 1))
            painter.drawLine(QPointF(left - 4, y), QPointF(right, y))
            label = QRectF(0, y - metrics.height() / 2, geo.gutter - 8, metrics.height())
            painter.setPen(colours.muted)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                texts.minutes_text(minute),
            )
        elif minute % 30 == 0:
            painter.setPen(QPen(colours.faint, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        else:
            pen = QPen(colours.faint, 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
    top, bottom = geo.axis.y(board.first), geo.axis.y(board.last)
    for index, (x, _) in enumerate(geo.edges):
        if not exposed.left() - 1 <= x <= exposed.right() + 1:
            continue
        new_day = index == 0 or board.columns[index - 1].day != board.columns[index].day
        if not new_day and board.quiet(board.columns[index].day):
            continue  # a closed day: one column, not a comb of lines
        painter.setPen(QPen(colours.line if new_day else colours.faint, 1))
        painter.drawLine(QPointF(round(x) + 0.5, top), QPointF(round(x) + 0.5, bottom))
    painter.setPen(QPen(colours.line, 1))
    painter.drawLine(QPointF(round(right) + 0.5, top), QPointF(round(right) + 0.5, bottom))


def _paint_absences(painter: QPainter, geo: Geometry, board: Board, colours: Colours) -> None:
    metrics = QFontMetrics(painter.font())
    for band in board.bands:
        rect = geo.span_rect(band.column, band.start, band.end)
        if rect.height() <= 0:
            continue
        painter.fillRect(rect, QBrush(colours.absence, Qt.BrushStyle.BDiagPattern))
        # The label goes where the working day starts, not at midnight.
        opening = board.snapshot.day_info(board.columns[band.column].day).opening
        label_minute = max(band.start, opening[0] if opening else 8 * 60)
        if label_minute >= band.end:
            label_minute = band.start
        label = band_label(band)
        width = min(rect.width() - 2 * PADDING, metrics.horizontalAdvance(label) + 2 * PADDING)
        if (
            metrics.horizontalAdvance(QCoreApplication.translate("Calendar", "Away")) + 3 * PADDING
            > rect.width() - 2 * PADDING
        ):
            continue  # too narrow: the tooltip tells
        text_rect = QRectF(
            rect.left() + PADDING, geo.axis.y(label_minute) + 2, width, metrics.height()
        )
        painter.fillRect(text_rect, colours.base)
        painter.setPen(colours.muted)
        painter.drawText(
            text_rect.adjusted(PADDING / 2, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width() - 2)),
        )


def paint_blocks(
    painter: QPainter,
    geo: Geometry,
    board: Board,
    colours: Colours,
    exposed: QRectF,
    *,
    selected: str | None,
    dragged: Placed | None,
    target: Span | None,
    pending: Mapping[str, Span],
) -> None:
    """The visits: a dropped one where it was dropped (`pending`, until the
    calendar is read again), a dragged one faint where it was and whole at its
    `target` with the time it would get."""
    painter.save()  # once around them all: a thousand saves were a tenth of the time
    _paint_placed(painter, geo, board, colours, exposed, selected, dragged, pending)
    painter.restore()
    if dragged is not None and target is not None:
        painter.save()
        _paint_moving(painter, geo, board, colours, dragged, target)
        painter.restore()


def _paint_placed(
    painter: QPainter,
    geo: Geometry,
    board: Board,
    colours: Colours,
    exposed: QRectF,
    selected: str | None,
    dragged: Placed | None,
    pending: Mapping[str, Span],
) -> None:
    for placed in board.placed:
        rect = geo.block_rect(placed)
        moved = pending.get(placed.appointment.id)
        if moved is not None:
            rect = _moved_rect(geo, placed, moved)
        if not rect.intersects(exposed):
            continue
        is_dragged = dragged is not None and dragged.appointment.id == placed.appointment.id
        if is_dragged:
            painter.setOpacity(0.35)
        paint_block(
            painter,
            rect,
            partial(block_text, board, placed),
            colours.blocks[placed.appointment.status],
            selected=placed.appointment.id == selected,
            accent=colours.accent,
        )
        painter.setOpacity(1.0)


def _paint_moving(
    painter: QPainter, geo: Geometry, board: Board, colours: Colours, dragged: Placed, target: Span
) -> None:
    """The dragged visit whole at its `target`, with the time it would get."""
    text = block_text(board, dragged)
    moved_time = f"{texts.minutes_text(target.start)}–{texts.minutes_text(target.end)}"
    shown = BlockText(moved_time, text.who, text.detail)
    paint_block(
        painter,
        _moved_rect(geo, dragged, target),
        lambda: shown,
        colours.blocks[dragged.appointment.status],
        selected=True,
        accent=colours.accent,
    )


def _moved_rect(geo: Geometry, placed: Placed, target: Span) -> QRectF:
    left, width = geo.edges[target.column]
    rect = geo.block_rect(placed, target.start, target.end)
    rect.moveLeft(left + width * placed.left + 1)
    return rect


def band_label(band: Band) -> str:
    return QCoreApplication.translate("Calendar", "Away") + (
        f": {band.reason}" if band.reason else ""
    )


def paint_block(
    painter: QPainter,
    rect: QRectF,
    text: Callable[[], BlockText],
    style: BlockStyle,
    *,
    selected: bool,
    accent: QColor,
) -> None:
    """A visit's block; `text` is asked for only when the block can show it (a
    clinic's week of many counselors has thousands of blocks too narrow to)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(style.fill)
    painter.setPen(_outline(style))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    if not style.struck:
        painter.fillRect(QRectF(rect.left(), rect.top(), EDGE_BAR, rect.height()), style.edge)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(accent, 2))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _paint_block_text(painter, rect, text, style)


_outlines: dict[tuple[int, bool], QPen] = {}


def _outline(style: BlockStyle) -> QPen:
    key = (style.edge.rgba(), style.struck)
    pen = _outlines.get(key)
    if pen is None:
        line = Qt.PenStyle.DashLine if style.struck else Qt.PenStyle.SolidLine
        pen = _outlines[key] = QPen(style.edge, 1, line)
    return pen


@dataclass(frozen=True)
class Row:
    text: str
    font: QFont
    main: bool  # the client (bold) rather than the time or details (small, muted)


def block_rows(inner: QRectF, make_text: Callable[[], BlockText], base: QFont) -> list[Row]:
    """What a block of `inner` size shows: the longest forms that fit, down to
    the start time or the client's initials; [] when not even those fit (the
    block then gets a marker, and its tooltip tells)."""
    facts = font_facts(base)
    small, bold = facts.small, facts.bold
    if inner.width() < facts.narrowest_text:
        return []  # too narrow for any text: not worth asking for it
    text = make_text()
    line = facts.line
    start = text.time.split("–")[0]
    short_who = texts.initials_of(text.who)
    candidates: list[tuple[list[str], QFont, bool]]
    if inner.height() < 2 * line:
        candidates = [([f"{start} {text.who}", text.who, start, short_who], bold, True)]
    else:
        times = [text.time, text.time.split(" · ")[0], start]
        candidates = [(times, small, False), ([text.who, short_who], bold, True)]
        if text.detail:
            candidates.append(([text.detail], small, False))
    rows = []
    y = inner.top()
    for forms, font, main in candidates:
        if y + line * 0.6 > inner.bottom() and y > inner.top():
            break
        rows.append(Row(_fitting_text(forms, QFontMetrics(font), inner.width(), main), font, main))
        y += line
    return rows if any(row.text for row in rows) else []


def _paint_block_text(
    painter: QPainter, rect: QRectF, make_text: Callable[[], BlockText], style: BlockStyle
) -> None:
    base = painter.font()
    facts = font_facts(base)
    narrow = rect.width() < 8 * facts.average_char
    # A narrow block (the whole clinic's week) gives its text all the room it has.
    padding = PADDING / 2 if narrow else PADDING
    inner = rect.adjusted(EDGE_BAR + padding, 1, -padding / 2 if narrow else -padding, -1)
    rows = block_rows(inner, make_text, base)
    if not rows:
        _paint_marker(painter, rect, style)
        return
    painter.setClipRect(inner)
    line = facts.line
    y = inner.top()
    for row in rows:
        if row.text:
            font = QFont(row.font)
            font.setStrikeOut(style.struck and row.main)
            painter.setFont(font)
            painter.setPen(style.text if row.main else style.muted)
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                row.text,
            )
        y += line
    painter.setFont(base)
    painter.setClipping(False)


def _paint_marker(painter: QPainter, rect: QRectF, style: BlockStyle) -> None:
    """A dot in the status colour, so that a block too small for text is no
    empty box (wider than a line, and tall enough to hold it)."""
    size = min(rect.width() - EDGE_BAR - 2, rect.height() - 4, 7.0)
    if size < 3:
        return  # a sliver: its colour is all there is room for
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.edge)
    centre = QPointF(rect.left() + EDGE_BAR / 2 + rect.width() / 2, rect.top() + 2 + size / 2)
    painter.drawEllipse(centre, size / 2, size / 2)
    painter.restore()


def _fitting_text(forms: list[str], metrics: QFontMetrics, width: float, main: bool) -> str:
    """The first form that fits. A name (`main`) is rather shortened with an
    ellipsis, while three characters of it stay readable, than replaced by
    the next form ("Lindq…" before "Li"; a code keeps its end: "M-…12"); a
    time or a detail only when it fits whole, or for a detail shortened to
    five characters or more. Never silently cut: "K-006" must not pass for
    K-0061."""
    for form in forms:
        if metrics.horizontalAdvance(form) <= width:
            return form
        mode = Qt.TextElideMode.ElideMiddle if texts.is_code(form) else Qt.TextElideMode.ElideRight
        elided = metrics.elidedText(form, mode, int(width))
        if main and len(elided) > 3:
            return elided
    elided = metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, int(width))
    return elided if not main and len(elided) >= 5 and len(forms) == 1 else ""


def paint_now(painter: QPainter, geo: Geometry, board: Board, colours: Colours) -> None:
    """A line across today's columns at the current time."""
    snapshot = board.snapshot
    minute = snapshot.minute_of(snapshot.now, snapshot.today)
    if not board.first <= minute <= board.last:
        return
    today = [i for i, column in enumerate(board.columns) if column.day == snapshot.today]
    if not today:
        return
    y = geo.axis.y(minute)
    left = geo.edges[today[0]][0]
    right = geo.edges[today[-1]][0] + geo.edges[today[-1]][1]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colours.now, 2))
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.setBrush(colours.now)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(left, y), 4, 4)
    painter.restore()
