"""Retention (gallring): the rules, the yearly review and the purge.

Only the clinic lead (MANAGE_RETENTION) reads or changes the rules, makes the
review and confirms a purge; when the rules ask for it, a second person
confirms with their own password too. Everything is written to the access
log, naming clients by id only.

The rules (DOMAIN.md): a social-services record is purged `years` after its
last entry, and at the latest by the end of the following calendar year; not
while the record is open, nor while other data on the person is in use (a
booking to come, a waiting-list place, an open report-of-concern
consideration, record extract or emergency access; another record with the
same identity number, as two workstations may register one person); never
when the municipality keeps every record, nor for people born on the 5th,
15th or 25th of a month (research), nor for a strand or a record the lead has
exempted with a reason.
"""

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from mottagning.errors import (
    InvalidInput,
    NotDueForPurging,
    PurgeNotOverwritten,
    PurgeWhileSyncing,
    SecondConfirmationNeeded,
    WrongCredentials,
)
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.retention import (
    RESEARCH_DAYS,
    PurgeRecord,
    RetentionRules,
    Review,
    ReviewItem,
    Verdict,
)
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.purge import NotOverwritten, RowSet, erase, overwrite_freed
from mottagning.storage.retention import RecordFacts, RetentionRepository

SETTINGS_KEY = "retention_rules"
YEARS_RANGE = range(1, 101)
MAX_REASON = 300
Progress = Callable[[float, str], None]  # (fraction done, an English step name)


def years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def birth_day(kind: str | None, number: str | None) -> int | None:
    """The day of the month the identity number gives (a samordningsnummer adds
    60), or None (no number, a reservnummer): the research rule reads the
    number, as the ordinance does, and nothing else is derived from it."""
    if kind not in ("personnummer", "samordningsnummer") or not number or len(number) != 12:
        return None
    day = int(number[6:8])
    return day - 60 if kind == "samordningsnummer" else day


class RetentionService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._store = RetentionRepository(context.db)

    # --- Rules ----------------------------------------------------------------------

    def rules(self) -> RetentionRules:
        self._ctx.require(Action.MANAGE_RETENTION)
        return self._rules()

    def _rules(self) -> RetentionRules:
        stored = self._ctx.clinic.settings.get(SETTINGS_KEY)
        return RetentionRules.from_json(stored) if isinstance(stored, dict) else RetentionRules()

    def save_rules(self, rules: RetentionRules) -> RetentionRules:
        self._ctx.require(Action.MANAGE_RETENTION)
        if rules.years not in YEARS_RANGE:
            raise InvalidInput(
                field=Text("Fields", "Years after the last entry"),
                problem=Text("Fields", "between 1 and 100 years"),
            )
        cleaned = RetentionRules(
            purging=rules.purging,
            years=rules.years,
            research_exception=rules.research_exception,
            exempt_municipalities=tuple(
                sorted({" ".join(m.split()) for m in rules.exempt_municipalities if m.strip()})
            ),
            exempt_strands=tuple(
                (strand, _reason(reason)) for strand, reason in rules.exempt_strands
            ),
            second_confirmation=rules.second_confirmation,
            legal_reference=" ".join(rules.legal_reference.split()),
        )
        with self._ctx.db.transaction():
            self._ctx.clinic.settings.set(
                SETTINGS_KEY, cleaned.as_json(), self._ctx.clinic.clock.now(), self._ctx.actor.id
            )
            self._ctx.record(
                LogAction.CLINIC_SETTINGS_CHANGED,
                target_type="settings",
                target_id=SETTINGS_KEY,
                detail=f"purging={cleaned.purging} years={cleaned.years}"
                f" research={cleaned.research_exception}"
                f" municipalities={len(cleaned.exempt_municipalities)}"
                f" strands={','.join(s.value for s, _ in cleaned.exempt_strands)}"
                f" second={cleaned.second_confirmation}",
            )
        return cleaned

    def exempt_record(self, client_id: str, reason: str) -> None:
        """Keep one record out of every purge until the exemption is lifted."""
        self._ctx.require(Action.MANAGE_RETENTION)
        with self._ctx.db.transaction():
            self._store.exempt(
                client_id, _reason(reason), self._ctx.actor.id, self._ctx.clinic.clock.now()
            )
            self._ctx.record(LogAction.RETENTION_EXEMPTED, client_id=client_id)

    def lift_exemption(self, client_id: str) -> None:
        self._ctx.require(Action.MANAGE_RETENTION)
        with self._ctx.db.transaction():
            if self._store.lift_exemption(client_id):
                self._ctx.record(LogAction.RETENTION_EXEMPTED, client_id=client_id, detail="lifted")

    # --- The review -----------------------------------------------------------------

    def review(self, on: date | None = None) -> Review:
        """The records whose years have passed on `on` (today), each due or kept
        and why, with what a purge would remove from each due one."""
        self._ctx.require(Action.MANAGE_RETENTION)
        review = self._review(on or self._ctx.clinic.today(), preview=True)
        self._ctx.record(
            LogAction.RETENTION_REVIEWED,
            detail=f"on={review.on.isoformat()} listed={len(review.items)} due={len(review.due)}",
        )
        return review

    def _review(self, on: date, *, preview: bool) -> Review:
        rules = self._rules()
        facts = self._store.facts(on)
        exemptions = self._store.exemptions()
        kept_people = _people_kept(facts, rules, on)
        items: list[ReviewItem] = []
        not_yet = 0
        for fact in facts:
            due_on = years_after(fact.last_entry, rules.years)
            if due_on > on:
                not_yet += 1
                continue
            verdict, reason = _verdict(fact, rules, exemptions, kept_people)
            rows = {}
            if preview and verdict is Verdict.DUE:
                rows = RowSet(self._ctx.db, [fact.client_id]).counts()
            items.append(
                ReviewItem(
                    fact.client_id,
                    fact.alias,
                    fact.strand,
                    fact.last_entry,
                    due_on,
                    date(due_on.year + 1, 12, 31),
                    verdict,
                    reason,
                    rows,
                )
            )
        return Review(on, rules, tuple(items), not_yet)

    # --- The purge ------------------------------------------------------------------

    def purge(
        self,
        client_ids: list[str],
        second: tuple[str, str] | None = None,
        progress: Progress | None = None,
    ) -> PurgeRecord | None:
        """Erase the records `client_ids` (each must be due today) and rewrite
        the file so nothing of them stays in it or its WAL. `second` is the
        second person's (user name, password) when the rules ask for one. With
        no ids: only finish the rewriting an earlier purge could not."""
        self._ctx.require(Action.MANAGE_RETENTION)
        report = progress or (lambda fraction, text: None)
        record: PurgeRecord | None = None
        if client_ids:
            if self._store.syncing():
                # The server and the other workstations keep their copies, and a
                # change pulled later would bring rows back: not built yet.
                raise PurgeWhileSyncing()
            rules = self._rules()
            confirmed_by = self._second_person(second) if rules.second_confirmation else None
            report(0.05, "Checking the records")
            due = {
                item.client_id for item in self._review(self._ctx.clinic.today(), preview=False).due
            }
            not_due = [client_id for client_id in client_ids if client_id not in due]
            if not_due:
                raise NotDueForPurging(count=len(not_due))
            report(0.2, "Removing the records")
            ids = sorted(set(client_ids))
            kept: list[PurgeRecord] = []

            def write_record(counts: dict[str, int]) -> None:
                kept.append(
                    self._store.add_purge(
                        self._ctx.clinic.clock.now(),
                        rules.as_json(),
                        len(ids),
                        counts,
                        self._ctx.actor.id,
                        confirmed_by,
                    )
                )
                for client_id in ids:
                    self._ctx.record(LogAction.RECORD_PURGED, client_id=client_id)
                self._ctx.record(
                    LogAction.RETENTION_PURGED,
                    target_type="purge",
                    target_id=kept[0].id,
                    detail=f"records={len(ids)} rows={sum(counts.values())}",
                )

            erase(self._ctx.db, ids, write_record)
            record = kept[0]
        report(0.6, "Overwriting the freed space")
        try:
            overwrite_freed(self._ctx.db)
        except NotOverwritten:
            raise PurgeNotOverwritten() from None
        report(1.0, "Done")
        return record

    def _second_person(self, second: tuple[str, str] | None) -> str:
        if second is None:
            raise SecondConfirmationNeeded()
        credential = self._ctx.prove_password(*second)
        other = self._ctx.clinic.users.get(credential.user_id)
        if other is None or not other.active:
            raise WrongCredentials()
        if other.id == self._ctx.actor.id:
            raise SecondConfirmationNeeded()
        return other.id

    def purges(self) -> list[PurgeRecord]:
        self._ctx.require(Action.MANAGE_RETENTION)
        return self._store.purges()


def _reason(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned or len(cleaned) > MAX_REASON:
        raise InvalidInput(
            field=Text("Fields", "Reason"),
            problem=Text("Fields", "required, at most 300 characters"),
        )
    return cleaned


def _people_kept(facts: list[RecordFacts], rules: RetentionRules, on: date) -> set[str]:
    """Identity numbers with a record that stays (open, pending or recent)."""
    kept: set[str] = set()
    for fact in facts:
        if fact.identity_number and (
            not fact.closed or fact.pending or years_after(fact.last_entry, rules.years) > on
        ):
            kept.add(fact.identity_number)
    return kept


def _verdict(  # noqa: PLR0911 (one return per rule, in the order they apply)
    fact: RecordFacts,
    rules: RetentionRules,
    exemptions: dict[str, str],
    kept_people: set[str],
) -> tuple[Verdict, str]:
    if not rules.purging:
        return Verdict.PURGING_OFF, ""
    if fact.client_id in exemptions:
        return Verdict.RECORD, exemptions[fact.client_id]
    strand_reason = rules.strand_reason(fact.strand)
    if strand_reason is not None:
        return Verdict.STRAND, strand_reason
    if fact.home_municipality and fact.home_municipality in rules.exempt_municipalities:
        return Verdict.MUNICIPALITY, fact.home_municipality
    if (
        rules.research_exception
        and birth_day(fact.identity_kind, fact.identity_number) in RESEARCH_DAYS
    ):
        return Verdict.RESEARCH, ""
    if not fact.closed:
        return Verdict.NOT_CLOSED, ""
    if fact.pending or (fact.identity_number and fact.identity_number in kept_people):
        return Verdict.OTHER_DATA, ""
    return Verdict.DUE, ""


def group_counts(items: list[ReviewItem]) -> dict[str, int]:
    """Rows per kind over several records (the preview's total)."""
    total: dict[str, int] = defaultdict(int)
    for item in items:
        for kind, count in item.rows_by_kind.items():
            total[kind] += count
    return dict(total)
