"""The appointment letter (kallelse): a visit's time and place for the
client. No journal content; the sender is neutral when the client has not
agreed to the clinic's name; no secrecy marking, since it is the client's own."""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mottagning.models.letters import AppointmentLetterContent, RenderedDocument
from mottagning.reports.document import para, render, styles

WORDS = {
    "sv": {
        "title": "Kallelse",
        "date": "Datum",
        "welcome": "Välkommen på besök",
        "when": "{weekday} {day} {month} {year} kl. {start}–{end}",
        "meet": "Du träffar",
        "room": "Rum",
        "change": "Om du inte kan komma, hör av dig så snart du kan{phone}.",
        "phone": " på telefon {phone}",
    },
    "en": {
        "title": "Appointment",
        "date": "Date",
        "welcome": "You are welcome to a visit",
        "when": "{weekday} {day} {month} {year}, {start}–{end}",
        "meet": "You will meet",
        "room": "Room",
        "change": "If you cannot come, please let us know as soon as you can{phone}.",
        "phone": " on {phone}",
    },
}
WEEKDAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
}
MONTHS = {
    "sv": (
            "januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december",
        ),
    "en": (
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ),
}  # fmt: skip


def render_appointment_letter(content: AppointmentLetterContent) -> RenderedDocument:
    words = WORDS[content.language]
    s = styles()
    head = content.letterhead
    story: list[Flowable] = []
    for line, style in ((head.name, "label"), (head.address, "small"), (head.phone, "small")):
        if line:
            story.append(para(line, s[style]))
    story.append(para(f"{words['date']}: {content.day.isoformat()}", s["small"]))
    story.append(Spacer(1, 12 * mm))
    story.append(para(content.client_name, s["label"]))
    if content.address:
        story.append(para(content.address, s["body"]))
    story.append(Spacer(1, 12 * mm))
    story.append(para(words["title"], s["title"]))
    start, end = content.starts_at, content.ends_at
    when = words["when"].format(
        weekday=WEEKDAYS[content.language][start.weekday()],
        day=start.day,
        month=MONTHS[content.language][start.month - 1],
        year=start.year,
        start=f"{start:%H:%M}",
        end=f"{end:%H:%M}",
    )
    story.append(para(f"{words['welcome']}:", s["body"]))
    story.append(para(when, s["heading"]))
    if content.counselors:
        story.append(para(f"{words['meet']}: {', '.join(content.counselors)}", s["body"]))
    if content.room:
        story.append(para(f"{words['room']}: {content.room}", s["body"]))
    phone = words["phone"].format(phone=head.phone) if head.phone else ""
    story.append(Spacer(1, 4 * mm))
    story.append(para(words["change"].format(phone=phone), s["body"]))
    return render(
        story,
        language=content.language,
        title=words["title"],
        letterhead=head,
        secret=False,
    )
