"""Helpers for the consent-register and referral tests: a unit, a consent,
a referral draft, and reading a PDF with pypdf."""

import io
from datetime import date

from pypdf import PdfReader

from mottagning.models.consent import (
    BasisDetails,
    BasisKind,
    ConsentForm,
    DisclosureBasis,
    Recipient,
    Scope,
    Unit,
    UnitDetails,
    UnitType,
)
from mottagning.models.letters import Include, ReferralDraft
from mottagning.services.session import Session

GIVEN = date(2026, 11, 2)


def save_unit(session: Session, name: str = "Beroendemottagningen Väst") -> Unit:
    return session.address_book.save_unit(
        UnitDetails(name, UnitType.ADDICTION_CARE, "Box 12\n413 45 Göteborg", "031-10 20 30")
    )


def consent(
    unit_id: str | None = None,
    scopes: frozenset[Scope] = frozenset({Scope.IDENTITY, Scope.ASSESSMENTS}),
    **changes: object,
) -> BasisDetails:
    base = {
        "kind": BasisKind.CONSENT,
        "recipient": Recipient(unit_id),
        "scopes": scopes,
        "purpose": "Bedömning av alkoholbruk",
        "given_on": GIVEN,
        "form": ConsentForm.ORAL,
    }
    base.update(changes)
    return BasisDetails(**base)  # type: ignore[arg-type]


def record_consent(
    session: Session, client_id: str, unit_id: str, *scopes: Scope, **changes: object
) -> DisclosureBasis:
    wanted = frozenset({Scope.IDENTITY, Scope.ASSESSMENTS, *scopes})
    return session.consents.record(client_id, consent(unit_id, wanted, **changes))


def draft(client_id: str, unit_id: str | None, **changes: object) -> ReferralDraft:
    base = {
        "client_id": client_id,
        "unit_id": unit_id,
        "basis_id": None,
        "question": "Bedömning av alkoholbruk och behov av abstinensbehandling?",
        "background": "Klienten har sökt stöd hos oss sedan våren.",
        "current_situation": "Dricker dagligen, sömnsvårigheter, önskar hjälp.",
        "includes": frozenset[Include](),
    }
    base.update(changes)
    return ReferralDraft(**base)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def pdf_reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))
