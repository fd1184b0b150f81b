"""How the journal shows authors and search snippets (times are shown with
ui.formatting, on the clinic's clock)."""

from html import escape

from PySide6.QtCore import QCoreApplication

from mottagning.models.journal import Author
from mottagning.models.users import Role
from mottagning.ui.translations import translated


def role_text(role: str) -> str:
    try:
        return translated(Role(role).label)
    except ValueError:  # a role from a later version: show what was stored
        return role


def author_text(author: Author) -> str:
    """ "Cora Ek, Socionom": the name and title as they were when written."""
    return f"{author.name}, {author.title}" if author.title else author.name


def author_with_role(author: Author) -> str:
    return QCoreApplication.translate("JournalText", "{author} ({role})").format(
        author=author_text(author), role=role_text(author.role)
    )


def snippet_html(snippet: str) -> str:
    """A search snippet with the matched words (marked [like this]) in bold."""
    return escape(snippet).replace("[", "<b>").replace("]", "</b>")
