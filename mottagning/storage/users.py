"""Staff accounts <-> rows of `users`."""

from mottagning.models.users import Role, User
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row

_COLUMNS = (
    "id, username, full_name, title, role, active, must_change_password, created_at, updated_at"
)


def _user(row: Row) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        full_name=row["full_name"],
        title=row["title"],
        role=Role(row["role"]),
        active=bool(row["active"]),
        must_change_password=bool(row["must_change_password"]),
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
    )


class UserRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, user: User) -> None:
        self._db.execute(
            f"INSERT INTO users ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                user.id,
                user.username,
                user.full_name,
                user.title,
                user.role.value,
                int(user.active),
                int(user.must_change_password),
                to_db_time(user.created_at),
                to_db_time(user.updated_at),
            ),
        )

    def update(self, user: User) -> None:
        """Write every changeable field of `user` (not its id, name or creation time)."""
        self._db.execute(
            "UPDATE users SET full_name = ?, title = ?, role = ?, active = ?,"
            " must_change_password = ?, updated_at = ? WHERE id = ?",
            (
                user.full_name,
                user.title,
                user.role.value,
                int(user.active),
                int(user.must_change_password),
                to_db_time(user.updated_at),
                user.id,
            ),
        )

    def get(self, user_id: str) -> User | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,))
        return None if row is None else _user(row)

    def by_username(self, username: str) -> User | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM users WHERE username = ?", (username,))
        return None if row is None else _user(row)

    def all(self) -> list[User]:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM users ORDER BY full_name, username")
        return [_user(row) for row in rows]

    def count_active(self, role: Role) -> int:
        return int(
            self._db.scalar("SELECT count(*) FROM users WHERE role = ? AND active = 1", (role,))
        )
