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
    story = [*_heading(content, words), *_client(content, words), *_body(content, words)]
    story.append(_signature(content, words))
    return render(
        story, language=content.language, title=words["title"], letterhead=content.letterhead
    )


def _heading(content: ReferralContent, words: dict[str, str]) -> list[Flowable]:
    s = styles()
    head = content.letterhead
    sender = [para(head.name, s["label"])]
    sender += [para(line, s["small"]) for line in (head.address, head.phone) if line]
    recipient = [para(content.recipient_name, s["label"])]
    if content.recipient_address:
        recipient.append(para(content.recipient_address, s["small"]))
    top = table(
        [[sender, [para(f"{words['date']}: {_day(content.day)}", s["small"])]]],
        [CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    return [
        top,
        Spacer(1, 10 * mm),
        para(f"{words['to']}:", s["small"]),
        *recipient,
        Spacer(1, 8 * mm),
        para(words["title"], s["title"]),
    ]


def _client(content: ReferralContent, words: dict[str, str]) -> list[Flowable]:
    s = styles()
    rows = [(words["name"], content.client_name)]
    optional = (
        (words["identity"], content.identity_number),
        (words["address"], content.address),
        (words["phone"], content.phone),
    )
    rows += [(label, value) for label, value in optional if value]
    rows.append((words["interpreter"], content.interpreter_language or words["no_interpreter"]))
    facts = table(
        [[para(label, s["label"]), para(value, s["body"])] for label, value in rows],
        [40 * mm, CONTENT_WIDTH - 40 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
        ],
    )
    return [facts, Spacer(1, 4 * mm)]


def _body(content: ReferralContent, words: dict[str, str]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(content.opening, s["body"])] if content.opening else []
    for key, text in (
        ("question", content.question),
        ("background", content.background),
        ("situation", content.current_situation),
        ("plan", content.plan_goals),
    ):
        if text:
            story += [para(words[key], s["heading"]), para(text, s["body"])]
    if content.measures:
        story += [para(words["measures"], s["heading"]), _measure_table(content, words)]
        chart = measure_chart(content.measures, CONTENT_WIDTH)
        if chart is not None:
            story.append(chart)
    if content.extract:
        story.append(para(words["extract"], s["heading"]))
        for entry in content.extract:
            story.append(para(f"{_day(entry.day)}  {entry.author}", s["label"]))
            story.append(para(entry.text, s["body"]))
    if content.basis_text:
        story += [para(words["basis"], s["heading"]), para(content.basis_text, s["body"])]
    if content.reply_expected_by:
        story.append(para(f"{words['reply']}: {_day(content.reply_expected_by)}", s["body"]))
    return story


def _signature(content: ReferralContent, words: dict[str, str]) -> Flowable:
    s = styles()
    signature: list[Flowable] = [Spacer(1, 6 * mm)]
    if content.closing:
        signature.append(para(content.closing, s["body"]))
    signature += [
        para(f"{words['referrer']}:", s["small"]),
        para(content.referrer_name, s["label"]),
        para(content.referrer_title, s["body"]),
        para(content.letterhead.name, s["body"]),
    ]
    return KeepTogether(signature)


def _measure_table(content: ReferralContent, words: dict[str, str]) -> Table:
    s = styles()
    header = [para(words[key], s["label"]) for key in ("instrument", "date", "score", "band")]
    rows = [
        [
            para(text, s["small"])
            for text in (line.instrument, _day(line.day), line.total, line.band)
        ]
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


_BASIS_WORDS = {
    "sv": {
        "oral": "Muntligt samtycke lämnat {day}.",
        "written": "Skriftligt samtycke lämnat {day}.",
        "ground": "{ground}.",
    },
    "en": {
        "oral": "Oral consent given on {day}.",
        "written": "Written consent given on {day}.",
        "ground": "{ground}.",
    },
}


def basis_sentence(language: str, consent: bool, form: str, given_on: date, ground: str) -> str:
    """How the letter names the ground it is sent on."""
    words = _BASIS_WORDS[language]
    if consent:
        return words[form if form in words else "oral"].format(day=_day(given_on))
    return words["ground"].format(ground=ground)
