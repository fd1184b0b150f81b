"""Every page of a SQLCipher 4 database and of its WAL, decrypted with the
clinic's key: live rows, free pages and old WAL frames alike (a check that
reads rows through SQL would see only the live ones).

SQLCipher 4 defaults, as the app uses them: 4096-byte pages, each ending in an
80-byte reserve (a 16-byte IV, then the HMAC); AES-256-CBC under the raw key;
page 1 starts with the 16-byte salt instead of its first 16 bytes of data.
"""

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    assert len(data) % PAGE == 0, "not a whole number of 4096-byte pages"
    return [
        _decrypt_page(key, data[offset : offset + PAGE], offset == 0)
        for offset in range(0, len(data), PAGE)
    ]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    """Every frame's page, whatever its state (committed, old, past the end)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        pages.append(_decrypt_page(key, page, number == 1))
        offset += FRAME_HEADER + PAGE
    return pages


def all_pages(database: Path, key: bytes) -> list[bytes]:
    return database_pages(database, key) + wal_pages(
        database.with_name(database.name + "-wal"), key
    )
