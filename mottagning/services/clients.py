"""The client register: search, open, register and change clients.

Every opening or change of a client is written to the access log; changes
name the fields that changed, never their values. Identity numbers keep a
history. A client who may be under 18 (or under the clinic's age limit)
prompts a report-of-concern consideration, recorded with its answer.
"""

import dataclasses
import re
import uuid
from typing import Any

from mottagning.errors import AliasTaken, IdentityInUse, InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import NORMAL_PRIORITY, WaitingListEntry
from mottagning.models.clients import (
    AgeBand,
    Client,
    ClientDetails,
    ClientStatus,
    ClientSummary,
    ConcernAnswer,
    ConcernConsideration,
    ConcernReason,
    IdentityChange,
)
from mottagning.models.identity import search_digits
from mottagning.models.users import Role
from mottagning.services.context import Context
from mottagning.services.permissions import Action, is_allowed
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository

MAX_ALIAS = 40
MAX_TEXT = 200
SEARCH_LIMIT = 50
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CLIENT = Text("Things", "client")


class ClientService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._clients = ClientRepository(context.db)
        self._calendar = CalendarRepository(context.db)  # the waiting list

    # --- Finding ------------------------------------------------------------------

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[ClientSummary]:
        """Clients matching every word of `text` in alias, name, identity number
        (any common format) or phone; the client whose alias is exactly `text`
        comes first, however many others match. Not logged: it shows no more
        than the register."""
        self._ctx.require(Action.VIEW_CLIENTS)
        text = _searchable(text)
        terms = [_search_term(word) for word in text.split()]
        if not terms:
            return []
        hits = self._clients.search(terms, limit)
        exact = self._clients.with_alias(" ".join(text.split()))
        if exact is None:
            return hits
        return [exact, *(hit for hit in hits if hit.id != exact.id)][:limit]

    def register(
        self, statuses: frozenset[ClientStatus] | None = None, mine_only: bool = False
    ) -> list[ClientSummary]:
        self._ctx.require(Action.VIEW_CLIENTS)
        counselor = self._ctx.actor.id if mine_only else None
        return self._clients.summaries(statuses=statuses, counselor_id=counselor)

    def summaries(self, client_ids: set[str]) -> dict[str, ClientSummary]:
        """Aliases and status for showing appointments and lists."""
        self._ctx.require(Action.VIEW_CLIENTS)
        return self._clients.summaries_by_id(client_ids)

    def open(self, client_id: str) -> Client:
        """The whole register entry; logged as an access to the client's record."""
        self._ctx.require(Action.VIEW_CLIENTS)
        client = self._get(client_id)
        self._ctx.record(LogAction.CLIENT_VIEWED, client_id=client_id)
        return client

    def identity_history(self, client_id: str) -> list[IdentityChange]:
        self._ctx.require(Action.VIEW_CLIENTS)
        self._get(client_id)
        return self._clients.identity_history(client_id)

    def _get(self, client_id: str) -> Client:
        client = self._clients.get(client_id)
        if client is None:
            raise NotFound(what=_CLIENT)
        return client

    # --- Registering and changing ---------------------------------------------------

    def create(self, details: ClientDetails) -> tuple[Client, ConcernConsideration | None]:
        """Register a client; returns it and, for a possible minor, the consideration
        the user is now asked to answer."""
        self._ctx.require(Action.EDIT_CLIENTS)
        if not details.counselor_ids <= {self._ctx.actor.id}:
            self._ctx.require(Action.ASSIGN_COUNSELORS)  # taking a new client on oneself is fine
        details = self._validated(details, client_id=None)
        now = self._ctx.clinic.clock.now()
        client = Client(**_fields(details), id=str(uuid.uuid4()), created_at=now, updated_at=now)
        with self._ctx.db.transaction():
            self._clients.add(client)
            self._ctx.record(LogAction.CLIENT_CREATED, client_id=client.id)
            self._record_identity(client)
            if client.status is ClientStatus.WAITING:
                self._join_waiting_list(client)
            prompt = self._prompt_if_minor(client, None)
        return client, prompt

    def update(
        self, client_id: str, details: ClientDetails
    ) -> tuple[Client, ConcernConsideration | None]:
        self._ctx.require(Action.EDIT_CLIENTS)
        before = self._get(client_id)
        details = self._validated(details, client_id=client_id)
        changed = [
            name
            for name in ClientDetails.__dataclass_fields__
            if getattr(details, name) != getattr(before, name)
        ]
        if not changed:
            return before, None
        if "counselor_ids" in changed:
            self._ctx.require(Action.ASSIGN_COUNSELORS)
        client = dataclasses.replace(
            before, **_fields(details), updated_at=self._ctx.clinic.clock.now()
        )
        with self._ctx.db.transaction():
            self._clients.update(client)
            self._ctx.record(
                LogAction.CLIENT_UPDATED, client_id=client_id, detail=",".join(sorted(changed))
            )
            if {"identity", "no_identity_decision"} & set(changed):
                self._record_identity(client, removal_too=True)
                self._ctx.record(LogAction.CLIENT_IDENTITY_CHANGED, client_id=client_id)
            if before.status is ClientStatus.WAITING and client.status is not ClientStatus.WAITING:
                self._leave_waiting_list(client)
            if client.status is ClientStatus.WAITING and before.status is not ClientStatus.WAITING:
                self._join_waiting_list(client)
            prompt = self._prompt_if_minor(client, before)
        return client, prompt

    def _join_waiting_list(self, client: Client) -> None:
        """Waiting means on the waiting list (normal priority, waiting since the
        first contact): the register and the list never disagree."""
        if self._calendar.open_waiting_entry(client.id) is not None:
            return
        self._calendar.add_to_waiting_list(
            WaitingListEntry(
                id=str(uuid.uuid4()),
                client_id=client.id,
                priority=NORMAL_PRIORITY,
                first_contact=min(
                    client.first_contact or self._ctx.clinic.today(), self._ctx.clinic.today()
                ),
                note="",
                added_at=self._ctx.clinic.clock.now(),
                added_by=self._ctx.actor.id,
            )
        )
        self._ctx.record(LogAction.WAITING_LIST_CHANGED, client_id=client.id, detail="added")

    def _leave_waiting_list(self, client: Client) -> None:
        """No longer waiting: off the waiting list too (the list decides who waits,
        see services/waiting_list.py)."""
        entry = self._calendar.open_waiting_entry(client.id)
        if entry is not None:
            reason = f"status: {client.status.value}"
            self._calendar.close_waiting_entry(entry.id, client.updated_at, reason, None)
            self._ctx.record(LogAction.WAITING_LIST_CHANGED, client_id=client.id, detail="removed")

    def _record_identity(self, client: Client, *, removal_too: bool = False) -> None:
        """Keep the identity in the history; a removal too, when it replaces one."""
        if client.identity is None and not client.no_identity_decision and not removal_too:
            return
        self._clients.add_identity_change(
            str(uuid.uuid4()),
            client.id,
            IdentityChange(
                client.identity,
                client.no_identity_decision,
                self._ctx.clinic.clock.now(),
                self._ctx.actor.id,
            ),
        )

    # --- Report of concern ----------------------------------------------------------

    def _prompt_if_minor(
        self, client: Client, before: Client | None
    ) -> ConcernConsideration | None:
        reason = self.concern_reason(client)
        if reason is None:
            return None
        if before is not None and self.concern_reason(before) is not None:
            return None  # already prompted when the age first pointed to a minor
        prompt = ConcernConsideration(
            id=str(uuid.uuid4()),
            client_id=client.id,
            reason=reason,
            prompted_at=self._ctx.clinic.clock.now(),
            prompted_by=self._ctx.actor.id,
            answer=None,
            note="",
            answered_at=None,
            answered_by=None,
        )
        self._clients.add_consideration(prompt)
        self._ctx.record(LogAction.CONCERN_PROMPTED, client_id=client.id, detail=reason.value)
        return prompt

    def concern_reason(self, client: ClientDetails) -> ConcernReason | None:
        """Why this client calls for a report-of-concern consideration, if it does.

        A birth year alone cannot tell 17 from 18, so the year someone turns 18
        counts as possibly under 18: better one question too many."""
        this_year = self._ctx.clinic.today().year
        limit = self._ctx.clinic.settings.clinic_settings().age_limit
        if client.age_band is AgeBand.UNDER_18:
            return ConcernReason.UNDER_18
        if client.birth_year is None:
            return None
        youngest_age = this_year - client.birth_year - 1
        if youngest_age < 18:
            return ConcernReason.UNDER_18
        if limit is not None and youngest_age < limit:
            return ConcernReason.UNDER_AGE_LIMIT
        return None

    def answer_concern(
        self, consideration_id: str, answer: ConcernAnswer, note: str = ""
    ) -> ConcernConsideration:
        self._ctx.require(Action.CONSIDER_CONCERN)
        answer = ConcernAnswer(answer)
        pending = [
            c for c in self._clients.considerations(pending_only=True) if c.id == consideration_id
        ]
        if not pending:
            raise NotFound(what=Text("Things", "open report-of-concern consideration"))
        answered = dataclasses.replace(
            pending[0],
            answer=answer,
            note=note.strip()[: MAX_TEXT * 5],
            answered_at=self._ctx.clinic.clock.now(),
            answered_by=self._ctx.actor.id,
        )
        with self._ctx.db.transaction():
            self._clients.answer_consideration(answered)
            self._ctx.record(
                LogAction.CONCERN_CONSIDERED, client_id=answered.client_id, detail=answer.value
            )
        return answered

    def considerations(self, client_id: str) -> list[ConcernConsideration]:
        self._ctx.require(Action.VIEW_CLIENTS)
        return self._clients.considerations(client_id=client_id)

    def pending_considerations(self) -> list[ConcernConsideration]:
        """Unanswered prompts for the actor's own clients (all of them for the lead)."""
        self._ctx.require(Action.VIEW_CLIENTS)
        pending = self._clients.considerations(pending_only=True)
        if self._ctx.actor.role is Role.LEAD:
            return pending
        mine = {s.id for s in self._clients.summaries(counselor_id=self._ctx.actor.id)}
        return [c for c in pending if c.client_id in mine or c.prompted_by == self._ctx.actor.id]

    # --- Validation -----------------------------------------------------------------

    def _validated(self, details: ClientDetails, client_id: str | None) -> ClientDetails:
        alias = " ".join(details.alias.split())
        if not alias:
            raise InvalidInput(
                field=Text("Fields", "Alias or code"), problem=Text("Fields", "required")
            )
        if len(alias) > MAX_ALIAS:
            raise InvalidInput(
                field=Text("Fields", "Alias or code"),
                problem=Text("Fields", "at most 40 characters"),
            )
        if self._clients.alias_taken(alias, except_id=client_id):
            raise AliasTaken(alias=alias)
        if details.identity is not None:
            other = self._clients.alias_with_identity(details.identity.value, except_id=client_id)
            if other is not None:
                raise IdentityInUse(alias=other)
        texts: dict[str, Any] = {
            name: " ".join(str(getattr(details, name)).split())
            for name in (
                "first_name",
                "last_name",
                "home_municipality",
                "interpreter_language",
                "closed_reason",
                "phone",
                "email",
                "no_identity_decision",
            )
        }
        if any(len(value) > MAX_TEXT for value in texts.values()):
            raise InvalidInput(
                field=Text("Fields", "Client"),
                problem=Text("Fields", "at most 200 characters per field"),
            )
        if texts["no_identity_decision"] and (
            details.identity or texts["first_name"] or texts["last_name"]
        ):
            raise InvalidInput(
                field=Text("Fields", "No identity recorded"),
                problem=Text(
                    "Fields", "a client recorded without identity has no name or identity number"
                ),
            )
        if texts["email"] and not _EMAIL.match(texts["email"]):
            raise InvalidInput(
                field=Text("Fields", "E-mail"), problem=Text("Fields", "not an e-mail address")
            )
        this_year = self._ctx.clinic.today().year
        if (
            details.birth_year is not None
            and not this_year - 110 <= details.birth_year <= this_year
        ):
            raise InvalidInput(
                field=Text("Fields", "Birth year"), problem=Text("Fields", "not a plausible year")
            )
        today = self._ctx.clinic.today()
        if details.first_contact is not None and details.first_contact > today:
            raise InvalidInput(
                field=Text("Fields", "First contact"),
                problem=Text("Fields", "the date is in the future"),
            )
        if details.status is ClientStatus.CLOSED and not texts["closed_reason"]:
            raise InvalidInput(
                field=Text("Fields", "Reason for closing"), problem=Text("Fields", "required")
            )
        if not details.target_groups:
            raise InvalidInput(
                field=Text("Fields", "Target groups"), problem=Text("Fields", "choose at least one")
            )
        self._check_counselors(details.counselor_ids)
        return dataclasses.replace(
            details,
            alias=alias,
            address=details.address.strip()[: MAX_TEXT * 2],
            first_contact=details.first_contact or (today if client_id is None else None),
            **texts,
        )

    def may_assign_counselors(self) -> bool:
        """Whether the actor chooses clients' counselors (the form shows it)."""
        return is_allowed(self._ctx.actor.role, Action.ASSIGN_COUNSELORS)

    def _check_counselors(self, counselor_ids: frozenset[str]) -> None:
        for user_id in counselor_ids:
            user = self._ctx.clinic.users.get(user_id)
            if user is None or not user.active or user.role is Role.SCHEDULER:
                raise InvalidInput(
                    field=Text("Fields", "Counselors"),
                    problem=Text("Fields", "choose active counselors"),
                )


def _fields(details: ClientDetails) -> dict[str, Any]:
    return {name: getattr(details, name) for name in ClientDetails.__dataclass_fields__}


def _searchable(text: str) -> str:
    """Lone surrogates (bytes a terminal or a paste could not decode) cannot go
    to SQLite: each becomes U+FFFD, which no stored text holds."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _search_term(word: str) -> list[str]:
    """The word as typed, and, for something that looks like an identity or
    phone number (digits with - or +), also its digits alone."""
    stripped = word.strip()
    looks_like_number = len(search_digits(stripped)) >= 4 and all(
        ch in "0123456789-+" for ch in stripped
    )
    if looks_like_number:
        number = search_digits(stripped)
        return [stripped, number] if number != stripped else [number]
    return [stripped]
