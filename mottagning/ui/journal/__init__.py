"""The journal: a client's notes and treatment plan, unsigned drafts, the clinic
lead's review of emergency accesses, and search across one's own clients.

The widgets build on services/journal.py, which decides who may read what
(need to know) and logs every read and change.
"""

from mottagning.ui.journal.drafts_list import DraftsList
from mottagning.ui.journal.emergency_review import EmergencyAccessReview
from mottagning.ui.journal.journal_tab import JournalTab
from mottagning.ui.journal.plan_tab import PlanTab
from mottagning.ui.journal.search_dialog import JournalSearchDialog, show_journal_search

__all__ = [
    "DraftsList",
    "EmergencyAccessReview",
    "JournalSearchDialog",
    "JournalTab",
    "PlanTab",
    "show_journal_search",
]
