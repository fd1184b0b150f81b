"""The head file's recent entries, read incrementally, are those a fresh read gives."""

from mottagning.models.access_log import LogAction
from mottagning.storage.access_log import AccessLogRepository
from mottagning.storage.chain_head import RECENT


def _fresh(session) -> list:
    log = session._context.clinic.access_log
    return AccessLogRepository(log._db, log.origin, log.workstation).recent(RECENT)


def test_recent_entries_follow_each_logged_commit(lead):
    log = lead._context.clinic.access_log
    for _ in range(RECENT + 5):
        lead.record(LogAction.LOCK)
        assert log.recent(RECENT) == _fresh(lead)
    assert len(log.recent(RECENT)) == RECENT


def test_an_entry_rolled_back_is_not_kept_among_the_recent(lead):
    log = lead._context.clinic.access_log
    log.recent(RECENT)
    try:
        with log._db.transaction():
            lead.record(LogAction.LOCK)
            assert log.recent(RECENT)[-1].action is LogAction.LOCK
            raise RuntimeError("rolled back")
    except RuntimeError:
        pass
    lead.record(LogAction.UNLOCK)

    assert log.recent(RECENT) == _fresh(lead)
    assert log.recent(RECENT)[-1].action is LogAction.UNLOCK
