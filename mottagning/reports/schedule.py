"""The day's or the week's schedule on paper: per day a table of visits,
clients shown by alias or initials only (the paper lies on desks)."""

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from mottagning.models.letters import RenderedDocument, ScheduleContent
from mottagning.reports.document import BOLD, CONTENT_WIDTH, para, render, styles, table

_WIDTHS = (24 * mm, 22 * mm, 36 * mm, 26 * mm, 26 * mm)


def render_schedule(content: ScheduleContent) -> RenderedDocument:
    s = styles()
    story: list[Flowable] = [
        para(content.letterhead.name, s["label"]),
        para(content.title, s["title"]),
        para(content.subtitle, s["body"]),
    ]
    widths = [*_WIDTHS, CONTENT_WIDTH - sum(_WIDTHS)]
    for day in content.days:
        rows = [row for row in content.rows if row.day == day]
        heading = para(f"{content.day_names[day.weekday()]} {day.isoformat()}", s["heading"])
        if not rows:
            story.append(KeepTogether([heading, para(content.empty, s["small"])]))
            continue
        header = [para(text, s["label"]) for text in content.headers]
        cells = [
            [
                para(text, s["small"])
                for text in (row.time, row.client, row.counselors, row.room, row.form, row.status)
            ]
            for row in rows
        ]
        story.append(heading)
        story.append(
            table(
                [header, *cells],
                widths,
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                    ("FONTNAME", (0, 0), (-1, 0), BOLD),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ],
                repeat=1,
            )
        )
    return render(
        story, language=content.language, title=content.title, letterhead=content.letterhead
    )
