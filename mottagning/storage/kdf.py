"""The cost of deriving a key from a password: a setting of its own module so
that start-up can name it without loading the cryptography libraries."""

from dataclasses import dataclass


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults take about 0.2 s on an office PC (measured)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


DEFAULT_KDF = KdfParams()
