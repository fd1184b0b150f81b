"""What one key slot opens: the keys a person's role needs, nothing more.

- the database key (SQLCipher): everyone;
- the journal key (the journal's content, encrypted again inside the
  database): counselors, clinic leads and the recovery key, never a scheduler;
- the clinic's root signing key, which certifies staff keys: clinic leads and
  the recovery key;
- the person's own signing key (the access-log entries they cause) and key-
  agreement key (keys sealed to them while they are away).

`generation` counts key rotations: a bundle of an older generation opens an
older copy of the database, never the current one.
"""

import base64
import binascii
import json
from dataclasses import dataclass, replace
from typing import Any

from mottagning.storage.crypto import KEY_BYTES

_FIELDS = ("database_key", "journal_key", "root_private", "sign_private", "agree_private")


@dataclass(frozen=True, repr=False)
class KeyBundle:
    generation: int
    database_key: bytes
    journal_key: bytes | None = None
    root_private: bytes | None = None
    sign_private: bytes | None = None
    agree_private: bytes | None = None

    def __repr__(self) -> str:  # keys end up nowhere, logs included
        held = [name for name in _FIELDS if getattr(self, name) is not None]
        return f"KeyBundle(generation={self.generation}, holds={held})"

    def with_keys(self, **keys: bytes | None) -> "KeyBundle":
        return replace(self, **keys)  # type: ignore[arg-type]

    def serialised(self) -> bytes:
        content: dict[str, Any] = {"generation": self.generation}
        for name in _FIELDS:
            value = getattr(self, name)
            content[name] = None if value is None else base64.b64encode(value).decode("ascii")
        return json.dumps(content, sort_keys=True).encode("utf-8")

    @classmethod
    def parse(cls, data: bytes) -> "KeyBundle":
        """Raises ValueError unless `data` is a bundle `serialised` wrote."""
        try:
            content = json.loads(data)
            generation = content["generation"]
            keys = {name: _key(content[name]) for name in _FIELDS}
        except (KeyError, TypeError, UnicodeDecodeError, binascii.Error) as exc:
            raise ValueError("not a key bundle") from exc
        if type(generation) is not int or generation < 0 or keys["database_key"] is None:
            raise ValueError("not a key bundle")
        return cls(generation, **keys)  # type: ignore[arg-type]


def _key(text: object) -> bytes | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError("not a key")
    key = base64.b64decode(text.encode("ascii"), validate=True)
    if len(key) != KEY_BYTES:
        raise ValueError("not a key")
    return key
