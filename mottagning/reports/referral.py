"""The referral letter (remiss): DOMAIN.md's content on the clinic's
letterhead, with only the parts of the record the counselor switched on."""

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from mottagning.models.letters import ReferralContent, RenderedDocument
from mottagning.reports.chart import measure_chart
from mottagning.reports.document import BOLD, CONTENT_WIDTH, para, render, styles, table

LABELS = {
    "sv": {
        "title": "Remiss",
        "date": "Datum",
        "to": "Till",
        "client": "Klient",
        "name": "Namn",
        "identity": "Personnummer",
        "address": "Adress",
        "phone": "Telefon",
        "interpreter": "Tolk",
        "no_interpreter": "Inget tolkbehov angivet",
        "question": "Frågeställning",
        "background": "Bakgrund",
        "situation": "Aktuell situation",
        "plan": "Mål i behandlingsplanen",
        "measures": "Skattningar",
        "instrument": "Formulär",
        "score": "Poäng",
        "band": "Nivå",
        "extract": "Journalutdrag",
        "basis": "Grund för utlämnandet",
        "reply": "Svar önskas senast",
        "referrer": "Remittent",
    },
    "en": {
        "title": "Referral",
        "date": "Date",
        "to": "To",
        "client": "Client",
        "name": "Name",
        "identity": "Identity number",
        "address": "Address",
        "phone": "Phone",
        "interpreter": "Interpreter",
        "no_interpreter": "No interpreter needed",
        "question": "Question to be answered",
        "background": "Background",
        "situation": "Current situation",
        "plan": "Treatment plan goals",
        "measures": "Questionnaires",
        "instrument": "Questionnaire",
        "score": "Score",
        "band": "Band",
        "extract": "Journal extract",
        "basis": "Ground for the disclosure",
        "reply": "Reply requested by",
        "referrer": "Referred by",
    },
}


def _day(day: date) -> str:
    return day.isoformat()  # Swedish usage: 2026-11-23


def render_referral(content: ReferralContent) -> RenderedDocument:
    words = LABELS[content.language]
    s = styles()
    story: list[Flowable] = []
    head = content.letterhead
    sender = [para(head.name, s["label"])]
    sender += [para(line, s["small"]) for line in (head.address, head.phone) if line]
    recipient = [para(content.recipient_name, s["label"])]
    recipient += [para(content.recipient_address, s["small"])] if content.recipient_address else []
    story.append(
        table(
            [[sender, [para(f"{words['date']}: {_day(content.day)}", s["small"])]]],
            [CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4],
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        )
    )
    story.append(Spacer(1, 10 * mm))
    story.append(para(f"{words['to']}:", s["small"]))
    story.extend(recipient)
    story.append(Spacer(1, 8 * mm))
    story.append(para(words["title"], s["title"]))

    rows = [(words["name"], content.client_name)]
    if content.identity_number:
        rows.append((words["identity"], content.identity_number))
    if content.address:
        rows.append((words["address"], content.address))
    if content.phone:
        rows.append((words["phone"], content.phone))
    rows.append((words["interpreter"], content.interpreter_language or words["no_interpreter"]))
    story.append(
        table(
            [[para(label, s["label"]), para(value, s["body"])] for label, value in rows],
            [40 * mm, CONTENT_WIDTH - 40 * mm],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ],
        )
    )
    story.append(Spacer(1, 4 * mm))
    if content.opening:
        story.append(para(content.opening, s["body"]))
    for key, text in (
        ("question", content.question),
        ("background", content.background),
        ("situation", content.current_situation),
        ("plan", content.plan_goals),
    ):
        if text:
            story.append(para(words[key], s["heading"]))
            story.append(para(text, s["body"]))
    if content.measures:
        story.append(para(words["measures"], s["heading"]))
        story.append(_measure_table(content, words))
        chart = measure_chart(content.measures, CONTENT_WIDTH)
        if chart is not None:
            story.append(chart)
    if content.extract:
        story.append(para(words["extract"], s["heading"]))
        for entry in content.extract:
            story.append(para(f"{_day(entry.day)}  {entry.author}", s["label"]))
            story.append(para(entry.text, s["body"]))
    if content.basis_text:
        story.append(para(words["basis"], s["heading"]))
        story.append(para(content.basis_text, s["body"]))
    if content.reply_expected_by:
        story.append(para(f"{words['reply']}: {_day(content.reply_expected_by)}", s["body"]))
    signature: list[Flowable] = [Spacer(1, 6 * mm)]
    if content.closing:
        signature.append(para(content.closing, s["body"]))
    signature += [
        para(f"{words['referrer']}:", s["small"]),
        para(content.referrer_name, s["label"]),
        para(content.referrer_title, s["body"]),
        para(head.name, s["body"]),
    ]
    story.append(KeepTogether(signature))
    return render(story, language=content.language, title=words["title"], letterhead=head)


def _measure_table(content: ReferralContent, words: dict[str, str]) -> Table:
    s = styles()
    header = [para(words[key], s["label"]) for key in ("instrument", "date", "score", "band")]
    rows = [
        [para(line.instrument, s["small"]), para(_day(line.day), s["small"])]
        + [para(line.total, s["small"]), para(line.band, s["small"])]
        for line in content.measures
    ]
    return table(
        [header, *rows],
        [45 * mm, 30 * mm, 25 * mm, CONTENT_WIDTH - 100 * mm],
        [
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
        repeat=1,
    )
