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
from mottagning.models.outward_work import Audience, OutwardKind
from mottagning.scoring import ChangeCategory, load_instrument
from mottagning.services.yearly_tables import OTHER_MUNICIPALITY, UNKNOWN_MUNICIPALITY

C = "YearlyNumbers"

TITLES = {
    "1": Text(C, "Unique persons by target group"),
    "2a": Text(C, "Persons by gender"),
    "2b": Text(C, "Persons by age band"),
    "2c": Text(C, "Persons by home municipality"),
    "2d": Text(C, "Persons by referral source"),
    "3": Text(C, "Contacts by contact form"),
    "4": Text(C, "Attended contacts per person"),
    "5": Text(C, "Outcomes per questionnaire"),
    "6": Text(C, "Reports of concern about minors"),
    "7": Text(C, "Waiting time from first contact to first visit"),
    "8a": Text(C, "Outward work by kind"),
    "8b": Text(C, "Outward work by audience"),
}

_PERSON = Text(
    C,
    "A person counts in a period when they had at least one attended contact in it "
    "(a visit, drop-in, call, video or group session marked attended), by the contact's "
    "date at the clinic.",
)

DEFINITIONS = {
    "1": (
        _PERSON,
        Text(
            C,
            "New: the person's first attended contact ever is in the period; continuing: "
            "they had one before it. Anonymous: no identity number is recorded. A person may "
            "belong to several target groups, so the groups add up to more than the "
            "deduplicated total, which counts each person once. Anonymous calls and chats "
            "(tallies) are not persons and are counted in table 3.",
        ),
    ),
    "2a": (_PERSON, Text(C, "Gender as recorded in the register; each person once.")),
    "2b": (
        _PERSON,
        Text(
            C,
            "Age reached during the period's last year, from the birth year; where only an "
            "approximate age was recorded, that band; otherwise unknown.",
        ),
    ),
    "2c": (
        _PERSON,
        Text(
            C,
            "Home municipality as recorded. Municipalities not listed have their persons "
            "under other municipalities.",
        ),
    ),
    "2d": (_PERSON, Text(C, "Who referred the person, as recorded in the register.")),
    "3": (
        Text(
            C,
            "Every booked contact whose start is in the period, by contact form: attended "
            "contacts, the unique registered persons reached, no-shows and cancellations (by "
            "the client or the clinic). Group sessions and consultations without a registered "
            "client count as contacts but reach no registered person. Anonymous: contacts "
            "counted without a record (calls, chats, outreach, drop-in) by their date.",
        ),
    ),
    "4": (_PERSON, Text(C, "Attended contacts in the period per person.")),
    "5": (
        Text(
            C,
            "Persons with a first and a later scorable measurement on the questionnaire, the "
            "later one in the period: the first measurement ever against the last one up to "
            "the period's end, classified by the scoring engine (reliable change by the "
            "published threshold or Jacobson & Truax; recovered: a reliable improvement that "
            "also crosses from the clinical to the non-clinical range). Not classifiable: no "
            "published criterion, or a clinical cut-off that needs the person's sex.",
        ),
    ),
    "6": (
        Text(
            C,
            "Considerations of a report of concern for clients under 18 or under the clinic's "
            "age limit, by their answer, when answered in the period; not yet answered: "
            "prompted in the period and still open.",
        ),
    ),
    "7": (
        Text(
            C,
            "Persons whose first attended contact ever is in the period: days from their "
            "first contact (the register's or the waiting list's, the earlier) to that visit. "
            "Median and 90th percentile (nearest rank); shown only over at least the "
            "threshold of persons.",
        ),
    ),
    "8a": (
        Text(
            C,
            "The outward work register by the activity's date: activities, participants and "
            "hours. About professionals and the public, not clients: no counts are hidden.",
        ),
    ),
    "8b": (
        Text(
            C,
            "The outward work register by the activity's date and audience: activities, "
            "participants and hours. No counts are hidden.",
        ),
    ),
}

_ALL = Text(C, "All")
_STRANDS = {"mika": Strand.MIKA.label, "kast": Strand.KAST.label, "all": Text(C, "Together")}
_MEASURES = {
    "new": Text(C, "New"),
    "continuing": Text(C, "Continuing"),
    "total": Text(C, "Total"),
    "anonymous": Text(C, "Of which anonymous"),
}
_ROWS: dict[str, Text] = {
    **{g.value: g.label for g in TargetGroup},
    "none": Text(C, "No target group recorded"),
}
_GENDERS = {g.value: g.label for g in Gender}
_AGES = {
    **{a.value: a.label for a in AgeBand},
    "unknown": Text(C, "Unknown"),
    "18_34": Text(C, "18-34"),
    "35_plus": Text(C, "35 or older"),
}
_REFERRALS = {**{r.value: r.label for r in ReferralSource}, "not_stated": Text(C, "Not stated")}
_SESSIONS = {
    "1": Text(C, "1"),
    "2_5": Text(C, "2-5"),
    "6_10": Text(C, "6-10"),
    "11_20": Text(C, "11-20"),
    "21_plus": Text(C, "More than 20"),
}
_FORMS = {f.value: f.label for f in ContactForm}
_FORM_COLUMNS = {
    "attended": Text(C, "Attended contacts"),
    "persons": Text(C, "Persons reached"),
    "no_shows": Text(C, "No-shows"),
    "cancelled": Text(C, "Cancelled"),
    "anonymous": Text(C, "Anonymous contacts"),
}
_OUTCOME_COLUMNS = {
    "n": Text(C, "Persons measured twice"),
    ChangeCategory.RECOVERED.value: Text(C, "Recovered"),
    ChangeCategory.RELIABLY_IMPROVED.value: Text(C, "Reliable improvement"),
    ChangeCategory.NO_RELIABLE_CHANGE.value: Text(C, "No reliable change"),
    ChangeCategory.RELIABLY_DETERIORATED.value: Text(C, "Reliable deterioration"),
    "not_classifiable": Text(C, "Not classifiable"),
}
_CONCERN_ROWS = {
    **{a.value: a.label for a in ConcernAnswer},
    "pending": Text(C, "Not yet answered"),
}
_CONCERN_COLUMNS = {
    "under_18": Text(C, "Under 18"),
    "under_age_limit": Text(C, "Under the age limit"),
}
_WAIT_COLUMNS = {
    "persons": Text(C, "Persons"),
    "median": Text(C, "Median, days"),
    "p90": Text(C, "90th percentile, days"),
}
_WORK_COLUMNS = {
    "activities": Text(C, "Activities"),
    "participants": Text(C, "Participants"),
    "hours": Text(C, "Hours"),
}
_KINDS = {k.value: k.label for k in OutwardKind}
_AUDIENCES = {a.value: a.label for a in Audience}
_MUNICIPALITY = {
    OTHER_MUNICIPALITY: Text(C, "Other municipalities"),
    UNKNOWN_MUNICIPALITY: Text(C, "Unknown"),
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
        "6": _CONCERN_ROWS,
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
        "6": {**_CONCERN_COLUMNS, "all": _ALL},
        "7": _WAIT_COLUMNS,
        "8a": _WORK_COLUMNS,
        "8b": _WORK_COLUMNS,
    }
    return table_columns[table][key]


TEXTS = {
    "title": Text(C, "Yearly numbers"),
    "period": Text(C, "Period"),
    "clinic": Text(C, "Clinic"),
    "computed": Text(C, "Computed"),
    "by": Text(C, "By"),
    "definitions_version": Text(C, "Definitions version"),
    "threshold": Text(C, "Threshold for small counts"),
    "source_sha256": Text(C, "SHA-256 of the source rows"),
    "final": Text(C, "Final report"),
    "preliminary": Text(C, "Preliminary: not frozen"),
    "definitions": Text(C, "Definitions"),
    "introduction": Text(C, "Introduction"),
    "suppression": Text(C, "Small counts"),
    "table": Text(C, "Table"),
    "row": Text(C, "Row"),
    "column": Text(C, "Column"),
    "reason": Text(C, "Why"),
    "value": Text(C, "Value"),
    "metadata": Text(C, "About this report"),
    "frozen_block": Text(C, "as reported in the final report of that period"),
    "no_hidden": Text(C, "No cell is hidden."),
    "setting_municipalities": Text(C, "Municipalities with rows of their own"),
    "setting_merge_age": Text(C, "Adult age bands merged"),
    "yes": Text(C, "yes"),
    "no": Text(C, "no"),
}

MARK_REASONS = {
    "small": Text(C, "fewer than the threshold"),
    "protects": Text(C, "hidden so that a small count cannot be worked out from the totals"),
    "too_few": Text(C, "computed over fewer persons than the threshold"),
}

SUPPRESSION_NOTE = Text(
    C,
    'Counts from 1 to {below} are shown as "<{threshold}". So that no such count can be '
    "worked out from the totals, from other tables of the report (table 1's persons are "
    "tables 2 and 4's persons) or by solving the tables' equations, further cells are hidden "
    'and shown as "x". A median over fewer than {threshold} persons is shown as "–". '
    "Zeros are shown. Earlier years that were reported as final are shown as they were "
    "reported.",
)
UNPROTECTABLE_NOTE = Text(
    C,
    "These small counts could not be protected by hiding more cells (merge categories, "
    "e.g. the age bands, or leave the table out):",
)
