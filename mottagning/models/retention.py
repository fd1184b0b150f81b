"""Retention (gallring): the clinic lead's rules, and the yearly review of what
they make due (DOMAIN.md; SoL 12 kap., socialtjänstförordningen 7 kap. 2 §)."""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from mottagning.i18n import Text
from mottagning.models.clients import Strand

DEFAULT_YEARS = 5
RESEARCH_DAYS = (5, 15, 25)  # born on these days of a month: kept for research


@dataclass(frozen=True)
class RetentionRules:
    """What the clinic lead has set. `purging` off: the municipality has
    decided to keep its social-services records (exempt altogether)."""

    purging: bool = True
    years: int = DEFAULT_YEARS  # after the last entry
    research_exception: bool = True  # the 5th/15th/25th rule
    exempt_municipalities: tuple[str, ...] = ()  # home municipalities whose records are kept
    exempt_strands: tuple[tuple[Strand, str], ...] = ()  # (strand, the reason)
    second_confirmation: bool = False  # a second person confirms each purge
    legal_reference: str = "SoL 12 kap. 1-2 §§; SoF 7 kap. 2 §"  # kept as data: laws renumber

    def strand_reason(self, strand: Strand) -> str | None:
        return next((reason for s, reason in self.exempt_strands if s is strand), None)

    def as_json(self) -> dict[str, object]:
        return {
            "purging": self.purging,
            "years": self.years,
            "research_exception": self.research_exception,
            "exempt_municipalities": list(self.exempt_municipalities),
            "exempt_strands": [[s.value, reason] for s, reason in self.exempt_strands],
            "second_confirmation": self.second_confirmation,
            "legal_reference": self.legal_reference,
        }

    @classmethod
    def from_json(cls, stored: dict[str, object]) -> "RetentionRules":
        """Missing keys take the defaults; unknown ones (a newer version) are ignored."""
        default = cls()
        strands = stored.get("exempt_strands", [])
        municipalities = stored.get("exempt_municipalities", [])
        return cls(
            purging=bool(stored.get("purging", default.purging)),
            years=int(str(stored.get("years", default.years))),
            research_exception=bool(stored.get("research_exception", True)),
            exempt_municipalities=tuple(str(m) for m in municipalities)
            if isinstance(municipalities, list)
            else (),
            exempt_strands=tuple((Strand(s), str(r)) for s, r in strands)
            if isinstance(strands, list)
            else (),
            second_confirmation=bool(stored.get("second_confirmation", False)),
            legal_reference=str(stored.get("legal_reference", default.legal_reference)),
        )


class Verdict(StrEnum):
    """Why a record is due, or which rule keeps it."""

    DUE = "due"
    PURGING_OFF = "purging_off"
    NOT_CLOSED = "not_closed"
    OTHER_DATA = "other_data"
    RESEARCH = "research"
    MUNICIPALITY = "municipality"
    STRAND = "strand"
    RECORD = "record"

    @property
    def label(self) -> Text:
        return _VERDICT_LABELS[self]


_VERDICT_LABELS = {
    Verdict.DUE: Text("Retention", "Due for purging"),
    Verdict.PURGING_OFF: Text("Retention", "Kept: the municipality keeps every record"),
    Verdict.NOT_CLOSED: Text("Retention", "Kept: the record is not closed"),
    Verdict.OTHER_DATA: Text("Retention", "Kept: other data on the person remains"),
    Verdict.RESEARCH: Text("Retention", "Kept for research (born on the 5th, 15th or 25th)"),
    Verdict.MUNICIPALITY: Text("Retention", "Kept: the home municipality is exempt"),
    Verdict.STRAND: Text("Retention", "Kept: the strand is exempt"),
    Verdict.RECORD: Text("Retention", "Kept: this record is exempt"),
}


@dataclass(frozen=True)
class ReviewItem:
    """One record whose years have passed: due, or kept and why."""

    client_id: str
    alias: str
    strand: Strand
    last_entry: date
    due_on: date  # the last entry plus the years
    purge_by: date  # the end of the calendar year after due_on
    verdict: Verdict
    reason: str = ""  # the lead's reason for a strand or record exemption, a municipality
    rows_by_kind: dict[str, int] = field(default_factory=dict)  # what a purge would remove

    @property
    def due(self) -> bool:
        return self.verdict is Verdict.DUE


@dataclass(frozen=True)
class Review:
    """The yearly review (gallringsprövning) on `on`."""

    on: date
    rules: RetentionRules
    items: tuple[ReviewItem, ...]
    not_yet_due: int  # records whose years have not passed

    @property
    def due(self) -> tuple[ReviewItem, ...]:
        return tuple(item for item in self.items if item.due)


@dataclass(frozen=True)
class PurgeRecord:
    """What a purge leaves behind: no client id, name or date of any record."""

    id: str
    purged_at: datetime
    rule: dict[str, object]
    records: int
    rows_by_kind: dict[str, int]
    purged_by: str
    confirmed_by: str | None


# What a purge removes, by table, in words (the preview), in the order shown:
# the record's content first, its register links last; other tables by name.
KIND_LABELS = {
    "journal_notes": Text("Retention", "journal notes"),
    "journal_amendments": Text("Retention", "addenda and corrections"),
    "journal_note_versions": Text("Retention", "draft versions"),
    "measure_results": Text("Retention", "questionnaires"),
    "treatment_plans": Text("Retention", "plan versions"),
    "appointments": Text("Retention", "appointments"),
    "letters": Text("Retention", "letters"),
    "letter_documents": Text("Retention", "letter documents"),
    "disclosure_bases": Text("Retention", "consents"),
    "disclosures": Text("Retention", "disclosures"),
    "access_reviews": Text("Retention", "record-extract reviews"),
    "access_review_items": Text("Retention", "record-extract markings"),
    "concern_considerations": Text("Retention", "report-of-concern considerations"),
    "emergency_accesses": Text("Retention", "emergency accesses"),
    "waiting_list": Text("Retention", "waiting-list places"),
    "clients": Text("Retention", "register entry"),
    "client_identity_history": Text("Retention", "identity history"),
    "client_target_groups": Text("Retention", "target groups"),
    "client_counselors": Text("Retention", "counselor links"),
    "appointment_counselors": Text("Retention", "appointment counselors"),
    "retention_exemptions": Text("Retention", "exemptions"),
}
