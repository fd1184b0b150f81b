"""A proven password, and the type of the function that proves one."""

from collections.abc import Callable
from dataclasses import dataclass

from mottagning.storage.key_bundle import KeyBundle
from mottagning.storage.keyslots import Unlocked


@dataclass(frozen=True)
class Credential:
    """A proven password: whose it is and what its slot opened."""

    user_id: str
    user_tag: str
    unlocked: Unlocked

    @property
    def bundle(self) -> KeyBundle:
        return self.unlocked.bundle

    @property
    def database_key(self) -> bytes:
        return self.unlocked.bundle.database_key

    def __repr__(self) -> str:
        return f"Credential(user_id={self.user_id!r})"


# (user name, password) -> Credential; slow and throttled like a login.
PasswordCheck = Callable[[str, str], Credential]
