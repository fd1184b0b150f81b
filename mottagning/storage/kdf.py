"""The cost of deriving a key from a password: a setting of its own module so
that start-up can name it without loading the cryptography libraries."""

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults take about 0.2 s on an office PC (measured)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


DEFAULT_KDF = KdfParams()


def derivation_form(password: str) -> str:
    """The form of a password that its key is derived from. NIST SP 800-63B:
    normalise Unicode (NFKC), so that the same password typed on another
    keyboard or system derives the same key. Rules about a password judge
    this form, since it is what protects the key."""
    return unicodedata.normalize("NFKC", password)
