"""The consent register per client: consents to share with a recipient, and
other legal grounds, recorded and withdrawn; and the gate every document
passes before it leaves (`DisclosureGate`).

The register reveals care (who the client agreed to involve, and why), so
reading it is clinical and under need to know, like the journal, and its
content is sealed under the journal key (storage/consents.py).
"""

import dataclasses
import uuid
from datetime import date

from mottagning.errors import (
    ConsentDoesNotCover,
    ConsentExpired,
    ConsentNotYetValid,
    ConsentWithdrawn,
    InvalidInput,
    NoDisclosureBasis,
    NotFound,
    UserError,
)
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.consent import (
    BasisDetails,
    BasisKind,
    ConsentForm,
    DisclosureBasis,
    Recipient,
    Scope,
)
from mottagning.services.context import Context
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.permissions import Action
from mottagning.storage.address_book import AddressBookRepository
from mottagning.storage.consents import ConsentRepository

MAX_TEXT = 1000
_BASIS = Text("Things", "consent")


class ConsentService:
    def __init__(self, context: Context, need_to_know: NeedToKnow) -> None:
        self._ctx = context
        self._need_to_know = need_to_know
        self._consents = ConsentRepository(context.db, context.journal)
        self._book = AddressBookRepository(context.db)

    def bases(self, client_id: str) -> list[DisclosureBasis]:
        """The client's consents and legal grounds, the newest first; logged."""
        self._need_to_know.require(client_id, Action.RECORD_CONSENT)
        self._ctx.record(LogAction.CONSENTS_READ, client_id=client_id)
        return self._consents.of_client(client_id)

    def record(self, client_id: str, details: BasisDetails) -> DisclosureBasis:
        self._need_to_know.require(client_id, Action.RECORD_CONSENT)
        valid = self._validated(details)
        basis = DisclosureBasis(
            **{field.name: getattr(valid, field.name) for field in dataclasses.fields(valid)},
            id=str(uuid.uuid4()),
            client_id=client_id,
            recorded_by=self._ctx.actor.id,
            recorded_at=self._ctx.clinic.clock.now(),
        )
        with self._ctx.db.transaction():
            self._consents.add(basis)
            self._ctx.record(
                LogAction.CONSENT_RECORDED,
                client_id=client_id,
                target_type="consent",
                target_id=basis.id,
                detail=basis.kind.value,
            )
        return basis

    def withdraw(self, basis_id: str, on: date | None = None) -> DisclosureBasis:
        """The client withdraws (or the ground lapses) from `on` (today): it
        blocks every letter from that day; the record itself stays."""
        self._ctx.require(Action.RECORD_CONSENT)
        basis = self._consents.get(basis_id)
        if basis is None:
            raise NotFound(what=_BASIS)
        self._need_to_know.require(basis.client_id, Action.RECORD_CONSENT)
        on = on or self._ctx.clinic.today()
        if basis.withdrawn_on is not None:
            raise InvalidInput(
                field=Text("Fields", "Withdrawn on"), problem=Text("Fields", "already withdrawn")
            )
        if on > self._ctx.clinic.today():
            raise InvalidInput(
                field=Text("Fields", "Withdrawn on"),
                problem=Text("Fields", "the date is in the future"),
            )
        with self._ctx.db.transaction():
            self._consents.withdraw(basis_id, on, self._ctx.actor.id, self._ctx.clinic.clock.now())
            self._ctx.record(
                LogAction.CONSENT_WITHDRAWN,
                client_id=basis.client_id,
                target_type="consent",
                target_id=basis_id,
            )
        withdrawn = self._consents.get(basis_id)
        assert withdrawn is not None
        return withdrawn

    def _validated(self, details: BasisDetails) -> BasisDetails:
        recipient = self._recipient(details.recipient)
        if not details.scopes:
            raise InvalidInput(
                field=Text("Fields", "Scope"), problem=Text("Fields", "choose what may be shared")
            )
        if details.valid_until is not None and details.valid_until < details.given_on:
            raise InvalidInput(
                field=Text("Fields", "Valid until"),
                problem=Text("Fields", "the end date is before the start date"),
            )
        if details.given_on > self._ctx.clinic.today():
            raise InvalidInput(
                field=Text("Fields", "Given on"),
                problem=Text("Fields", "the date is in the future"),
            )
        common = BasisDetails(
            BasisKind(details.kind),
            recipient,
            frozenset(Scope(scope) for scope in details.scopes),
            details.purpose.strip()[:MAX_TEXT],
            details.given_on,
            details.valid_until,
        )
        if common.kind is BasisKind.CONSENT:
            return self._consent(common, details)
        return self._ground(common, details)

    def _recipient(self, recipient: Recipient) -> Recipient:
        if recipient.unit_id is not None:
            if self._book.unit(recipient.unit_id) is None:
                raise NotFound(what=Text("Things", "unit"))
            return Recipient(recipient.unit_id)
        if not recipient.person_name.strip():
            raise InvalidInput(
                field=Text("Fields", "Recipient"),
                problem=Text("Fields", "choose a unit or name a person"),
            )
        return Recipient(
            None, " ".join(recipient.person_name.split()), recipient.person_address.strip()
        )

    @staticmethod
    def _consent(common: BasisDetails, details: BasisDetails) -> BasisDetails:
        if not common.purpose:
            raise InvalidInput(field=Text("Fields", "Purpose"), problem=Text("Fields", "required"))
        if details.form is None:
            raise InvalidInput(
                field=Text("Fields", "Form"), problem=Text("Fields", "oral or written")
            )
        form = ConsentForm(details.form)
        kept_at = details.kept_at.strip()[:MAX_TEXT]
        if form is ConsentForm.WRITTEN and not kept_at:
            raise InvalidInput(
                field=Text("Fields", "Kept at"),
                problem=Text("Fields", "say where the written consent is kept"),
            )
        return dataclasses.replace(common, form=form, kept_at=kept_at)

    def _ground(self, common: BasisDetails, details: BasisDetails) -> BasisDetails:
        ground = self._book.legal_ground(details.ground_id or "")
        if ground is None or not ground.active:
            raise InvalidInput(
                field=Text("Fields", "Legal ground"),
                problem=Text("Fields", "choose one of the list"),
            )
        justification = details.justification.strip()[:MAX_TEXT]
        if len(justification) < 10:
            raise InvalidInput(
                field=Text("Fields", "Justification"),
                problem=Text("Fields", "say why the ground applies"),
            )
        return dataclasses.replace(
            common,
            ground_id=ground.id,
            ground_name=ground.name,
            ground_reference=ground.reference,
            justification=justification,
        )


class DisclosureGate:
    """Finds the basis that lets a document go, or says what is missing.

    Used by every service that produces a document for a recipient other than
    the client; a refusal is logged."""

    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._consents = ConsentRepository(context.db, context.journal)

    def require(
        self,
        client_id: str,
        recipient: Recipient,
        recipient_name: str,
        scopes: frozenset[Scope],
        on: date,
        basis_id: str | None = None,
    ) -> DisclosureBasis:
        candidates = [
            basis
            for basis in self._consents.of_client(client_id)
            if basis.recipient.same_as(recipient) and (basis_id is None or basis.id == basis_id)
        ]
        for basis in candidates:
            if basis.covers(scopes, on):
                return basis
        refusal = self._refusal(candidates, recipient_name, scopes, on)
        self._ctx.record(
            LogAction.DISCLOSURE_REFUSED, client_id=client_id, detail=type(refusal).__name__
        )
        raise refusal

    @staticmethod
    def _refusal(
        candidates: list[DisclosureBasis], name: str, scopes: frozenset[Scope], on: date
    ) -> UserError:
        """The most useful reason: a valid basis lacking scopes, else why the
        newest one does not hold on that day."""
        valid = [basis for basis in candidates if basis.valid_on(on)]
        if valid:
            best = max(valid, key=lambda basis: len(basis.scopes & scopes))
            missing = sorted(scopes - best.scopes, key=list(Scope).index)
            return ConsentDoesNotCover(name, [scope.label for scope in missing])
        if not candidates:
            return NoDisclosureBasis(recipient=name)
        newest = candidates[0]
        if newest.withdrawn_on is not None and on >= newest.withdrawn_on:
            return ConsentWithdrawn(recipient=name, day=newest.withdrawn_on.isoformat())
        if newest.valid_until is not None and on > newest.valid_until:
            return ConsentExpired(recipient=name, day=newest.valid_until.isoformat())
        return ConsentNotYetValid(recipient=name, day=newest.given_on.isoformat())
