"""A proven password, and the type of the function that proves one."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Credential:
    """A proven password: whose it is and the database key it unwrapped."""

    user_id: str
    user_tag: str
    database_key: bytes

    def __repr__(self) -> str:
        return f"Credential(user_id={self.user_id!r})"


# (user name, password) -> Credential; slow and throttled like a login.
PasswordCheck = Callable[[str, str], Credential]
