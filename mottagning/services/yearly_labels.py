"""The words of the yearly numbers: each table's title and its definition
(who counts, which date decides the period), the rows and the columns."""

from mottagning.i18n import Text
from mottagning.models.calendar import ContactForm
from mottagning.models.clients import (
    AgeBand,
    ConcernAnswer,
    Gender,
    ReferralSource,
    Strand,
    TargetGroup,
)
from mottagning.models.consent import UnitType
from mottagning.models.outward_work import Audience, OutwardKind
from mottagning.scoring import ChangeCategory, load_instrument
from mottagning.services.yearly_tables import OTHER_MUNICIPALITY, UNKNOWN_MUNICIPALITY

TITLES = {
    "1": Text("YearlyNumbers", "Unique persons by target group"),
    "2a": Text("YearlyNumbers", "Persons by gender"),
    "2b": Text("YearlyNumbers", "Persons by age band"),
    "2c": Text("YearlyNumbers", "Persons by home municipality"),
    "2d": Text("YearlyNumbers", "Persons by referral source"),
    "3": Text("YearlyNumbers", "Contacts by contact form"),
    "4": Text("YearlyNumbers", "Attended contacts per person"),
    "5": Text("YearlyNumbers", "Outcomes per questionnaire"),
    "6a": Text("YearlyNumbers", "Referrals out by recipient type"),
    "6b": Text("YearlyNumbers", "Reports of concern about minors"),
    "7": Text("YearlyNumbers", "Waiting time from first contact to first visit"),
    "8a": Text("YearlyNumbers", "Outward work by kind"),
    "8b": Text("YearlyNumbers", "Outward work by audience"),
}

_PERSON = Text(
    "YearlyNumbers",
    "A person counts in a period when they had at least one attended contact in it "
    "(a visit, drop-in, call, video or group session marked attended), by the contact's "
    "date at the clinic.",
)

DEFINITIONS = {
    "1": (
        _PERSON,
        Text(
            "YearlyNumbers",
            "New: the person's first attended contact ever is in the period; continuing: "
            "they had one before it. Anonymous: no identity number is recorded. A person may "
            "belong to several target groups, so the groups add up to more than the "
            "deduplicated total, which counts each person once. Anonymous calls and chats "
            "(tallies) are not persons and are counted in table 3.",
        ),
    ),
    "2a": (_PERSON, Text("YearlyNumbers", "Gender as recorded in the register; each person once.")),
    "2b": (
        _PERSON,
        Text(
            "YearlyNumbers",
            "Age reached during the period's last year, from the birth year; where only an "
            "approximate age was recorded, that band; otherwise unknown.",
        ),
    ),
    "2c": (
        _PERSON,
        Text(
            "YearlyNumbers",
            "Home municipality as recorded. Municipalities not listed have their persons "
            "under other municipalities.",
        ),
    ),
    "2d": (_PERSON, Text("YearlyNumbers", "Who referred the person, as recorded in the register.")),
    "3": (
        Text(
            "YearlyNumbers",
            "Every booked contact whose start is in the period, by contact form: attended "
            "contacts, the unique registered persons reached, no-shows and cancellations (by "
            "the client or the clinic). Group sessions and consultations without a registered "
            "client count as contacts but reach no registered person. Anonymous: contacts "
            "counted without a record (calls, chats, outreach, drop-in) by their date.",
        ),
    ),
    "4": (_PERSON, Text("YearlyNumbers", "Attended contacts in the period per person.")),
    "5": (
        Text(
            "YearlyNumbers",
            "Persons with a first and a later scorable measurement on the questionnaire, the "
            "later one in the period: the first measurement ever against the last one up to "
            "the period's end, classified by the scoring engine (reliable change by the "
            "published threshold or Jacobson & Truax; recovered: a reliable improvement that "
            "also crosses from the clinical to the non-clinical range). Not classifiable: no "
            "published criterion, or a clinical cut-off that needs the person's sex.",
        ),
    ),
    "6a": (
        Text(
            "YearlyNumbers",
            "Referral letters sent from the reception, by the day they were sent, by the "
            "recipient's type in the address book; a recipient who is a named person, not a "
            "unit, counts under other. Referrals: the letters; persons: the unique clients "
            "referred, anonymous or not, also those without an attended contact in the period. "
            "A person referred to recipients of several types counts once in the total, so the "
            "types add up to more. A letter counts even if the consent that let it go was "
            "withdrawn later.",
        ),
    ),
    "6b": (
        Text(
            "YearlyNumbers",
            "Considerations of a report of concern for clients under 18 or under the clinic's "
            "age limit, by their answer, when answered in the period; not yet answered: "
            "prompted in the period and still open.",
        ),
    ),
    "7": (
        Text(
            "YearlyNumbers",
            "Persons whose first attended contact ever is in the period: days from their "
            "first contact (the register's or the waiting list's, the earlier) to that visit. "
            "Median and 90th percentile (nearest rank); shown only over at least the "
            "threshold of persons.",
        ),
    ),
    "8a": (
        Text(
            "YearlyNumbers",
            "The outward work register by the activity's date: activities, participants and "
            "hours. About professionals and the public, not clients: no counts are hidden.",
        ),
    ),
    "8b": (
        Text(
            "YearlyNumbers",
            "The outward work register by the activity's date and audience: activities, "
            "participants and hours. No counts are hidden.",
        ),
    ),
}

_ALL = Text("YearlyNumbers", "All")
_STRANDS = {
    "mika": Strand.MIKA.label,
    "kast": Strand.KAST.label,
    "all": Text("YearlyNumbers", "Together"),
}
_MEASURES = {
    "new": Text("YearlyNumbers", "New"),
    "continuing": Text("YearlyNumbers", "Continuing"),
    "total": Text("YearlyNumbers", "Total"),
    "anonymous": Text("YearlyNumbers", "Of which anonymous"),
}
_ROWS: dict[str, Text] = {
    **{g.value: g.label for g in TargetGroup},
    "none": Text("YearlyNumbers", "No target group recorded"),
}
_GENDERS = {g.value: g.label for g in Gender}
_AGES = {
    **{a.value: a.label for a in AgeBand},
    "unknown": Text("YearlyNumbers", "Unknown"),
    "18_34": Text("YearlyNumbers", "18-34"),
    "35_plus": Text("YearlyNumbers", "35 or older"),
}
_REFERRALS = {
    **{r.value: r.label for r in ReferralSource},
    "not_stated": Text("YearlyNumbers", "Not stated"),
}
_SESSIONS = {
    "1": Text("YearlyNumbers", "1"),
    "2_5": Text("YearlyNumbers", "2-5"),
    "6_10": Text("YearlyNumbers", "6-10"),
    "11_20": Text("YearlyNumbers", "11-20"),
    "21_plus": Text("YearlyNumbers", "More than 20"),
}
_FORMS = {f.value: f.label for f in ContactForm}
_FORM_COLUMNS = {
    "attended": Text("YearlyNumbers", "Attended contacts"),
    "persons": Text("YearlyNumbers", "Persons reached"),
    "no_shows": Text("YearlyNumbers", "No-shows"),
    "cancelled": Text("YearlyNumbers", "Cancelled"),
    "anonymous": Text("YearlyNumbers", "Anonymous contacts"),
}
_OUTCOME_COLUMNS = {
    "n": Text("YearlyNumbers", "Persons measured twice"),
    ChangeCategory.RECOVERED.value: Text("YearlyNumbers", "Recovered"),
    ChangeCategory.RELIABLY_IMPROVED.value: Text("YearlyNumbers", "Reliable improvement"),
    ChangeCategory.NO_RELIABLE_CHANGE.value: Text("YearlyNumbers", "No reliable change"),
    ChangeCategory.RELIABLY_DETERIORATED.value: Text("YearlyNumbers", "Reliable deterioration"),
    "not_classifiable": Text("YearlyNumbers", "Not classifiable"),
}
_RECIPIENTS = {t.value: t.label for t in UnitType}
_RECIPIENT_COLUMNS = {
    "referrals": Text("YearlyNumbers", "Referrals"),
    "persons": Text("YearlyNumbers", "Persons"),
}
_CONCERN_ROWS = {
    **{a.value: a.label for a in ConcernAnswer},
    "pending": Text("YearlyNumbers", "Not yet answered"),
}
_CONCERN_COLUMNS = {
    "under_18": Text("YearlyNumbers", "Under 18"),
    "under_age_limit": Text("YearlyNumbers", "Under the age limit"),
}
_WAIT_COLUMNS = {
    "persons": Text("YearlyNumbers", "Persons"),
    "median": Text("YearlyNumbers", "Median, days"),
    "p90": Text("YearlyNumbers", "90th percentile, days"),
}
_WORK_COLUMNS = {
    "activities": Text("YearlyNumbers", "Activities"),
    "participants": Text("YearlyNumbers", "Participants"),
    "hours": Text("YearlyNumbers", "Hours"),
}
_KINDS = {k.value: k.label for k in OutwardKind}
_AUDIENCES = {a.value: a.label for a in Audience}
_MUNICIPALITY = {
    OTHER_MUNICIPALITY: Text("YearlyNumbers", "Other municipalities"),
    UNKNOWN_MUNICIPALITY: Text("YearlyNumbers", "Unknown"),
}


def row_label(table: str, key: str) -> Text | str:
    """A row's words (a municipality's or questionnaire's own name as it is)."""
    if key == "all":
        return _ALL
    if table == "1":
        return _ROWS[key]
    if table == "2c":
        return _MUNICIPALITY.get(key, key)
    if table == "5":
        return load_instrument(key).short_name
    table_rows: dict[str, dict[str, Text]] = {
        "2a": _GENDERS,
        "2b": _AGES,
        "2d": _REFERRALS,
        "3": _FORMS,
        "4": _SESSIONS,
        "6a": _RECIPIENTS,
        "6b": _CONCERN_ROWS,
        "7": _STRANDS,
        "8a": _KINDS,
        "8b": _AUDIENCES,
    }
    return table_rows[table][key]


def column_label(table: str, key: str) -> Text | tuple[Text, Text]:
    """A column's words; table 1's are (strand, measure)."""
    if table == "1":
        strand, measure = key.split(".")
        return (_STRANDS[strand], _MEASURES[measure])
    if table in ("2a", "2b", "2c", "2d", "4"):
        return _STRANDS[key] if key != "all" else _STRANDS["all"]
    table_columns: dict[str, dict[str, Text]] = {
        "3": _FORM_COLUMNS,
        "5": _OUTCOME_COLUMNS,
        "6a": _RECIPIENT_COLUMNS,
        "6b": {**_CONCERN_COLUMNS, "all": _ALL},
        "7": _WAIT_COLUMNS,
        "8a": _WORK_COLUMNS,
        "8b": _WORK_COLUMNS,
    }
    return table_columns[table][key]


TEXTS = {
    "title": Text("YearlyNumbers", "Yearly numbers"),
    "period": Text("YearlyNumbers", "Period"),
    "clinic": Text("YearlyNumbers", "Clinic"),
    "computed": Text("YearlyNumbers", "Computed"),
    "by": Text("YearlyNumbers", "By"),
    "definitions_version": Text("YearlyNumbers", "Definitions version"),
    "threshold": Text("YearlyNumbers", "Threshold for small counts"),
    "source_sha256": Text("YearlyNumbers", "SHA-256 of the source rows"),
    "final": Text("YearlyNumbers", "Final report"),
    "preliminary": Text("YearlyNumbers", "Preliminary: not frozen"),
    "definitions": Text("YearlyNumbers", "Definitions"),
    "introduction": Text("YearlyNumbers", "Introduction"),
    "suppression": Text("YearlyNumbers", "Small counts"),
    "table": Text("YearlyNumbers", "Table"),
    "row": Text("YearlyNumbers", "Row"),
    "column": Text("YearlyNumbers", "Column"),
    "reason": Text("YearlyNumbers", "Why"),
    "value": Text("YearlyNumbers", "Value"),
    "metadata": Text("YearlyNumbers", "About this report"),
    "frozen_block": Text("YearlyNumbers", "as reported in the final report of that period"),
    "no_hidden": Text("YearlyNumbers", "No cell is hidden."),
    "setting_municipalities": Text("YearlyNumbers", "Municipalities with rows of their own"),
    "setting_merge_age": Text("YearlyNumbers", "Adult age bands merged"),
    "yes": Text("YearlyNumbers", "yes"),
    "no": Text("YearlyNumbers", "no"),
}

SHARE = Text("YearlyNumbers", "{category}, %")

MARK_REASONS = {
    "small": Text("YearlyNumbers", "fewer than the threshold"),
    "protects": Text(
        "YearlyNumbers", "hidden so that a small count cannot be worked out from the totals"
    ),
    "too_few": Text("YearlyNumbers", "computed over fewer persons than the threshold"),
}

SUPPRESSION_NOTE = Text(
    "YearlyNumbers",
    'Counts from 1 to {below} are shown as "<{threshold}". So that no such count can be '
    "worked out from the totals, from other tables of the report (table 1's persons are "
    "tables 2 and 4's persons) or by solving the tables' equations, further cells are hidden "
    'and shown as "x". A median over fewer than {threshold} persons is shown as "–". '
    "Zeros are shown. Earlier years that were reported as final are shown as they were "
    "reported.",
)
UNPROTECTABLE_NOTE = Text(
    "YearlyNumbers",
    "These small counts could not be protected by hiding more cells (merge categories, "
    "e.g. the age bands, or leave the table out):",
)
