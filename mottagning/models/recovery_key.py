"""The recovery key (återställningsnyckel): 160 random bits, printed once at setup.

Written in Crockford's base32 (no I, L, O or U) in groups of four, so it can be
read aloud and typed back from paper; common misreadings are forgiven.
"""

import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 20
GROUP = 4
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class RecoveryKey:
    secret: bytes

    @classmethod
    def generate(cls) -> "RecoveryKey":
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def parse(cls, text: str) -> "RecoveryKey":
        """Read a typed key; raises ValueError when it cannot be one."""
        cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_MISREAD)
        if len(cleaned) != KEY_BYTES * 8 // 5 or any(ch not in ALPHABET for ch in cleaned):
            raise ValueError("not a recovery key")
        number = 0
        for ch in cleaned:
            number = number * 32 + ALPHABET.index(ch)
        return cls(number.to_bytes(KEY_BYTES, "big"))

    def formatted(self) -> str:
        number = int.from_bytes(self.secret, "big")
        chars = []
        for _ in range(KEY_BYTES * 8 // 5):
            number, digit = divmod(number, 32)
            chars.append(ALPHABET[digit])
        text = "".join(reversed(chars))
        return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))

    def __repr__(self) -> str:
        return "RecoveryKey(<secret>)"
