"""Keys sealed to a person while they were away (a new role's keys, the keys
after a rotation), opened at their login and folded into their own slot,
before the database opens: a rotation may have changed its key."""

import dataclasses
import logging

from mottagning.services.clock import Clock
from mottagning.storage import crypto
from mottagning.storage.keyslots import KeySlotFile, Unlocked

log = logging.getLogger(__name__)


def fold_grants(keyslots: KeySlotFile, unlocked: Unlocked, username: str, clock: Clock) -> Unlocked:
    """Open the grants sealed to this slot's owner and keep their keys in the slot."""
    recipient = unlocked.user_id or "recovery"
    bundle = unlocked.bundle
    grants = keyslots.grants_for(recipient)
    agree_private = bundle.agree_private
    if not grants or agree_private is None:
        return unlocked
    used = set()
    for grant in sorted(grants, key=lambda g: g.generation):
        try:
            keys = keyslots.open_grant(grant, agree_private)
        except crypto.UnwrapFailed:
            log.warning("a grant did not open with its recipient's key")
            continue
        if grant.generation >= bundle.generation:
            bundle = bundle.with_keys(**keys)
            bundle = dataclasses.replace(bundle, generation=grant.generation)
        used.add(grant.id)
    if unlocked.user_id is not None:
        keyslots.rewrap(unlocked, username, bundle, clock.now())
    keyslots.remove_grants(used)
    return dataclasses.replace(unlocked, bundle=bundle)
