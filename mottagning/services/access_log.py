"""The clinic lead's side of the access log: read it, verify its chain, and
document the recurring sample checks (loggkontroll) that the law asks for."""

import dataclasses
import json
import uuid
from datetime import date
from pathlib import Path

from mottagning.errors import AnchorNotSaved, InvalidInput, NotAnAnchor
from mottagning.i18n import Text
from mottagning.models.access_log import Anchor, LogAction, LogEntry, LogQuery, LogReview
from mottagning.services.context import Context
from mottagning.services.log_integrity import (
    LogIntegrity,
    check_access_log,
    current_anchor,
    root_fingerprint,
)
from mottagning.services.permissions import Action
from mottagning.storage.anchors import anchor_from_json, anchor_json, read_anchor, write_anchor
from mottagning.storage.log_reviews import LogReviewRepository

REVIEWS_READ = 10_000  # a review a month for centuries


class AccessLogService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._log = context.clinic.access_log
        self._reviews = LogReviewRepository(context.db)

    def entries(self, query: LogQuery) -> list[LogEntry]:
        """Entries matching `query`, newest first. Opening a first page is itself logged."""
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        if query.offset == 0:
            self._ctx.record(
                LogAction.ACCESS_LOG_VIEWED,
                client_id=query.client_id,
                target_type="user" if query.user_id else None,
                target_id=query.user_id,
            )
        return self._log.query(query)

    def count(self, query: LogQuery) -> int:
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        return self._log.count(query)

    def staff_names(self) -> dict[str, str]:
        """User id -> full name, to show who did what (deactivated staff included)."""
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        return {user.id: user.full_name for user in self._ctx.clinic.users.all()}

    def verify(self, anchor: Anchor | None = None) -> LogIntegrity:
        """The chains, signatures, keys and triggers (see log_integrity.py)."""
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        result = check_access_log(self._ctx.clinic, anchor)
        detail = "; ".join(result.problems)[:500] if result.problems else "intact"
        self._ctx.record(LogAction.ACCESS_LOG_VERIFIED, detail=detail)
        return result

    def document_review(
        self, period_from: date, period_to: date, scope: str, findings: str
    ) -> LogReview:
        self._ctx.require(Action.DOCUMENT_LOG_REVIEW)
        if period_to < period_from:
            raise InvalidInput(
                field=Text("Fields", "Period"),
                problem=Text("Fields", "the end date is before the start date"),
            )
        if not scope.strip():
            raise InvalidInput(field=Text("Fields", "Checked"), problem=Text("Fields", "required"))
        if not findings.strip():
            raise InvalidInput(field=Text("Fields", "Findings"), problem=Text("Fields", "required"))
        anchor = current_anchor(self._ctx.clinic)
        review = LogReview(
            id=str(uuid.uuid4()),
            reviewer_id=self._ctx.actor.id,
            period_from=period_from,
            period_to=period_to,
            scope=scope.strip(),
            findings=findings.strip(),
            created_at=self._ctx.clinic.clock.now(),
            anchor=anchor,
        )
        # The anchor is the head just before the entry that records the review:
        # that entry, signed by the lead, keeps it (the review's table has no column).
        detail = json.dumps(anchor_json(anchor)) if anchor is not None else ""
        with self._ctx.db.transaction():
            self._reviews.add(review)
            self._ctx.record(
                LogAction.ACCESS_LOG_REVIEWED,
                target_type="log_review",
                target_id=review.id,
                detail=detail,
            )
        return review

    def reviews(self) -> list[LogReview]:
        """Newest first, each with the anchor its signed log entry keeps."""
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        recorded = self._log.query(
            LogQuery(actions=frozenset({LogAction.ACCESS_LOG_REVIEWED}), limit=REVIEWS_READ)
        )
        anchors = {
            entry.target_id: anchor
            for entry in recorded
            if entry.target_id and (anchor := _anchor_in(entry.detail)) is not None
        }
        return [
            dataclasses.replace(review, anchor=anchors.get(review.id))
            for review in self._reviews.all()
        ]

    # --- Anchors: the log's head kept outside the data folder ---------------------

    def anchor(self) -> Anchor | None:
        """The log's head now (None while the log is empty)."""
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        return current_anchor(self._ctx.clinic)

    def root_fingerprint(self) -> str:
        """The clinic's root key in short, as printed with the recovery key."""
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        return root_fingerprint(self._ctx.clinic)

    def save_anchor(self, anchor: Anchor, path: Path) -> None:
        """Write `anchor` as a file that `mottagning verify --anchor` and
        `verify_against` read."""
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        try:
            write_anchor(path, anchor)
        except OSError as error:
            raise AnchorNotSaved(file=str(path), reason=error.strerror or str(error)) from error
        self._ctx.record(LogAction.ANCHOR_SAVED, detail=f"entry {anchor.seq}")

    def read_anchor(self, path: Path) -> Anchor:
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        try:
            return read_anchor(path)
        except (OSError, ValueError, UnicodeDecodeError) as error:
            raise NotAnAnchor(file=str(path)) from error


def _anchor_in(detail: str) -> Anchor | None:
    try:
        return anchor_from_json(json.loads(detail))
    except ValueError:  # json's errors are ValueErrors too
        return None
