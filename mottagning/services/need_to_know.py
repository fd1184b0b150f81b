"""Need to know: who may read a client's journal and questionnaires.

A counselor (or the clinic lead) assigned to the client may; anyone else
with a clinical role only after stating a reason (emergency access, which
lasts the rest of the day and is reviewed by the clinic lead). An
administrator never may: READ_JOURNAL is not in that role's permissions.
"""

from mottagning.errors import NeedToKnow as NeedToKnowRefused
from mottagning.errors import NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.clients import ClientRepository
from mottagning.storage.emergency_access import EmergencyAccessRepository


class NeedToKnow:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._clients = ClientRepository(context.db)
        self._emergency = EmergencyAccessRepository(context.db, context.journal)

    def may_read(self, client_id: str) -> bool:
        """Whether the actor may read this client's journal now, without asking."""
        self._ctx.require(Action.READ_JOURNAL)
        client = self._clients.get(client_id)
        if client is None:
            raise NotFound(what=Text("Things", "client"))
        if self._ctx.actor.id in client.counselor_ids:
            return True
        return self._emergency.is_open(self._ctx.actor.id, client_id, self._ctx.clinic.clock.now())

    def require(self, client_id: str, action: Action = Action.READ_JOURNAL) -> None:
        """Raise unless the actor may `action` and needs to know this client."""
        self._ctx.require(action)
        if not self.may_read(client_id):
            client = self._clients.get(client_id)
            self._ctx.record(LogAction.JOURNAL_REFUSED, client_id=client_id)
            raise NeedToKnowRefused(client_id, client.alias if client else "")
