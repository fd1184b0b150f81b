"""The questionnaire report: one client's results over time, per instrument
a table with the bands, the change since the first, and the chart; for the
client, or to go with a referral."""

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mottagning.models.letters import QuestionnaireReportContent, RenderedDocument
from mottagning.reports.chart import measure_chart
from mottagning.reports.document import BOLD, CONTENT_WIDTH, para, render, styles, table

WORDS = {
    "sv": {
        "title": "Skattningar över tid",
        "client": "Klient",
        "date": "Datum",
        "score": "Poäng",
        "band": "Nivå",
        "change": "Förändring sedan första mätningen",
        "by": "Sammanställd av",
        "none": "Inga poängsatta skattningar.",
    },
    "en": {
        "title": "Questionnaires over time",
        "client": "Client",
        "date": "Date",
        "score": "Score",
        "band": "Band",
        "change": "Change since the first measurement",
        "by": "Compiled by",
        "none": "No scored questionnaires.",
    },
}


def render_questionnaire_report(content: QuestionnaireReportContent) -> RenderedDocument:
    words = WORDS[content.language]
    s = styles()
    head = content.letterhead
    story: list[Flowable] = [para(head.name, s["label"])] if head.name else []
    story += [
        para(f"{words['date']}: {content.day.isoformat()}", s["small"]),
        Spacer(1, 6 * mm),
        para(words["title"], s["title"]),
        para(f"{words['client']}: {content.client_name}", s["body"]),
    ]
    if not content.series:
        story.append(para(words["none"], s["body"]))
    for series in content.series:
        rows = [
            [para(t, s["small"]) for t in (line.day.isoformat(), line.total, line.band)]
            for line in series.lines
        ]
        header = [para(words[key], s["label"]) for key in ("date", "score", "band")]
        block: list[Flowable] = [
            para(series.name, s["heading"]),
            table(
                [header, *rows],
                [35 * mm, 25 * mm, CONTENT_WIDTH - 60 * mm],
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                    ("FONTNAME", (0, 0), (-1, 0), BOLD),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ],
                repeat=1,
            ),
        ]
        if series.change:
            block.append(para(f"{words['change']}: {series.change}", s["body"]))
        chart = measure_chart(series.lines, CONTENT_WIDTH)
        if chart is not None:
            block.append(chart)
        if series.attribution:
            block.append(para(series.attribution, s["small"]))
        story.append(KeepTogether(block))
    story += [Spacer(1, 6 * mm), para(f"{words['by']}: {content.author}", s["small"])]
    return render(
        story, language=content.language, title=words["title"], letterhead=head, secret=True
    )
