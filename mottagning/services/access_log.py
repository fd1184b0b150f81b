"""The clinic lead's side of the access log: read it, verify its chain, and
document the recurring sample checks (loggkontroll) that the law asks for."""

import uuid
from datetime import date

from mottagning.errors import InvalidInput
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction, LogEntry, LogQuery, LogReview
from mottagning.services.context import Context
from mottagning.services.log_integrity import LogIntegrity, check_access_log
from mottagning.services.permissions import Action
from mottagning.storage.anchors import Anchor
from mottagning.storage.log_reviews import LogReviewRepository


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
        review = LogReview(
            id=str(uuid.uuid4()),
            reviewer_id=self._ctx.actor.id,
            period_from=period_from,
            period_to=period_to,
            scope=scope.strip(),
            findings=findings.strip(),
            created_at=self._ctx.clinic.clock.now(),
        )
        with self._ctx.db.transaction():
            self._reviews.add(review)
            self._ctx.record(
                LogAction.ACCESS_LOG_REVIEWED, target_type="log_review", target_id=review.id
            )
        return review

    def reviews(self) -> list[LogReview]:
        self._ctx.require(Action.VIEW_ACCESS_LOG)
        return self._reviews.all()
