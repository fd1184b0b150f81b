"""The record extract a client receives (registerutdrag): every section of
the extract's JSON (see services/access_requests.py) on paper, in Swedish,
with masked texts said to be masked."""

import re
from typing import Any

from reportlab.platypus import Flowable

from mottagning.models.letters import Letterhead, RenderedDocument
from mottagning.reports.document import para, render, styles
from mottagning.reports.log_words import ACTION_WORDS

TITLE = "Registerutdrag"
SECTIONS = {
    "client": "Uppgifter i klientregistret",
    "identity_history": "Identitetshistorik",
    "visits": "Besök",
    "journal": "Journal och planer",
    "questionnaires": "Skattningar",
    "consents": "Samtycken och rättsliga grunder",
    "disclosures": "Uppgifter som lämnats ut",
    "access": "Vem som har tagit del av akten (åtkomstloggen)",
}
FIELDS = {
    "alias": "Alias", "first_name": "Förnamn", "last_name": "Efternamn",
    "identity_number": "Personnummer", "gender": "Kön", "birth_year": "Födelseår",
    "home_municipality": "Hemkommun", "interpreter_language": "Tolkspråk",
    "phone": "Telefon", "email": "E-post", "address": "Adress",
    "first_contact": "Första kontakt", "status": "Status", "changed_at": "Ändrat",
    "starts_at": "Börjar", "ends_at": "Slutar", "contact_form": "Kontaktform",
    "date": "Datum", "kind": "Slag", "author": "Skrivet av", "text": "Text",
    "instrument": "Formulär", "total": "Poäng", "band": "Nivå", "recipient": "Mottagare",
    "scopes": "Omfattning", "purpose": "Syfte", "given_on": "Lämnat",
    "valid_until": "Giltigt till", "withdrawn_on": "Återkallat", "legal_ground": "Rättslig grund",
    "channel": "Sätt", "ground": "Grund", "included": "Med i utlämnandet",
    "at": "Tid", "role": "Roll", "action": "Händelse",
}  # fmt: skip
# Sections of many short records: one line each ("2026-10-01 13:09 · behandlare ·
# Journal läst"), with the fields named once above them.
ONE_LINE = {"access": "Tid · roll · händelse"}
MASKED = "Uppgifter om annan person har tagits bort ur texten efter sekretessprövning."
# The JSON's codes in words (the JSON keeps the codes: its format is documented).
WORDS = {
    "woman": "kvinna", "man": "man", "non_binary_other": "icke-binär / annat",
    "not_stated": "ej angivet", "waiting": "väntar", "active": "aktiv", "closed": "avslutad",
    "booked_visit": "bokat besök", "drop_in": "drop-in", "phone": "telefon", "video": "video",
    "group": "grupp", "outreach": "uppsökande", "consultation": "konsultation",
    "chat": "e-post eller chatt", "booked": "bokat", "arrived": "ankommen",
    "attended": "genomfört", "cancelled_by_client": "avbokat av klient",
    "cancelled_by_clinic": "avbokat av mottagningen", "no_show": "uteblivet besök",
    "session": "samtal", "referral_sent": "remiss skickad",
    "concern_consideration": "orosanmälan övervägd", "measure": "skattningsformulär",
    "closing_summary": "avslutningsanteckning", "other": "övrigt", "draft": "utkast",
    "addendum": "tillägg", "plan": "behandlingsplan", "consent": "samtycke",
    "legal_ground": "rättslig grund", "identity": "identitet",
    "contact_details": "kontaktuppgifter", "attendance": "närvaro",
    "assessments": "bedömningar", "questionnaires": "skattningar",
    "journal_extract": "journalutdrag", "printed": "utskriven", "pdf_file": "PDF-fil",
    "identity_number": "personnummer", "address": "adress",
    "plan_goals": "mål i behandlingsplanen",
    "counselor": "behandlare", "scheduler": "administratör", "lead": "enhetschef",
}  # fmt: skip
_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}([+-]\d{2}:\d{2}|Z)?$")


def _word(value: object) -> str:
    text = str(value)
    moment = _MOMENT.match(text)
    if moment:
        return f"{moment[1]} {moment[2]}"
    return WORDS.get(text) or ACTION_WORDS.get(text, text)


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_word(item) for item in value)
    return "" if value is None else _word(value)


def render_extract(extract: dict[str, Any]) -> RenderedDocument:
    s = styles()
    clinic = extract["clinic"]
    head = Letterhead(clinic["name"], clinic["address"], clinic["phone"])
    story: list[Flowable] = [
        para(head.name, s["label"]),
        para(TITLE, s["title"]),
        para(f"Utlämnat {extract['released_on']}", s["body"]),
    ]
    for key, title in SECTIONS.items():
        story.append(para(title, s["heading"]))
        section = extract[key]
        records = [section] if isinstance(section, dict) else section
        if not records:
            story.append(para("Inga uppgifter.", s["small"]))
        elif key in ONE_LINE:
            lines = [" · ".join(_value(value) for value in record.values()) for record in records]
            story.append(para("\n".join([ONE_LINE[key], *lines]), s["small"]))
            continue
        for record in records:
            lines = [
                f"{FIELDS.get(name, name)}: {_value(value)}"
                for name, value in record.items()
                if name not in ("masked", "text") and _value(value)
            ]
            story.append(para("\n".join(lines), s["small"]))
            if "text" in record:
                story.append(para(record["text"], s["body"]))
            if record.get("masked"):
                story.append(para(MASKED, s["label"]))
    return render(story, language="sv", title=TITLE, letterhead=head)
