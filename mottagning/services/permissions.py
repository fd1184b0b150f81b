"""Who may do what: the one declared table of role x action.

Services call `Context.require(action)` before they act; the UI only asks
`is_allowed` to decide what to show. A refusal is written to the access log.

The rule later features rely on: an administrator (scheduler) never reads
session notes. Journal actions will be added here without that role.
"""

from collections.abc import Mapping
from enum import StrEnum

from mottagning.i18n import Text
from mottagning.models.users import Role


class Action(StrEnum):
    CHANGE_OWN_PASSWORD = "change_own_password"
    MANAGE_USERS = "manage_users"
    REPLACE_RECOVERY_KEY = "replace_recovery_key"
    EDIT_CLINIC_SETTINGS = "edit_clinic_settings"
    VIEW_ACCESS_LOG = "view_access_log"
    DOCUMENT_LOG_REVIEW = "document_log_review"
    VERIFY_DATABASE = "verify_database"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    Action.CHANGE_OWN_PASSWORD: Text("Actions", "change your own password"),
    Action.MANAGE_USERS: Text("Actions", "manage user accounts"),
    Action.REPLACE_RECOVERY_KEY: Text("Actions", "replace the recovery key"),
    Action.EDIT_CLINIC_SETTINGS: Text("Actions", "change the clinic's settings"),
    Action.VIEW_ACCESS_LOG: Text("Actions", "read the access log"),
    Action.DOCUMENT_LOG_REVIEW: Text("Actions", "document a log review"),
    Action.VERIFY_DATABASE: Text("Actions", "verify the database"),
}

_EVERYONE = frozenset(Role)
_LEAD = frozenset({Role.LEAD})

PERMISSIONS: Mapping[Action, frozenset[Role]] = {
    Action.CHANGE_OWN_PASSWORD: _EVERYONE,
    Action.MANAGE_USERS: _LEAD,
    Action.REPLACE_RECOVERY_KEY: _LEAD,
    Action.EDIT_CLINIC_SETTINGS: _LEAD,
    Action.VIEW_ACCESS_LOG: _LEAD,
    Action.DOCUMENT_LOG_REVIEW: _LEAD,
    Action.VERIFY_DATABASE: _EVERYONE,
}


def is_allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]
