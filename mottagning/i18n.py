"""Translation seams for code that must not import Qt.

User-facing text is written in English and translated by Qt's translation
system at the edge (the UI, or the command line through app.py). Code below the
UI marks its strings with `QT_TRANSLATE_NOOP` so that `pyside6-lupdate` collects
them into resources/translations/*.ts, and receives a `Translate` function
when it has to produce text itself.
"""

from collections.abc import Callable

# translate(context, source_text) -> text in the user's language
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark `source_text` for translation in `context`; returns it unchanged."""
    del context
    return source_text


def untranslated(context: str, source_text: str) -> str:
    """A `Translate` that keeps the English source text (tests, early start-up)."""
    del context
    return source_text


class Text:
    """A piece of text to translate later: a role name, a field label."""

    __slots__ = ("context", "source")

    def __init__(self, context: str, source: str) -> None:
        self.context = context
        self.source = source

    def translated(self, translate: Translate) -> str:
        return translate(self.context, self.source)

    def __str__(self) -> str:
        return self.source

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.context, self.source) == (
            other.context,
            other.source,
        )

    def __hash__(self) -> int:
        return hash((self.context, self.source))


def fill(template: str, **params: object) -> str:
    """`template.format(**params)`, without the doubled full stop a value that
    ends a sentence with its own ("hos Johan E.. Välj" becomes "hos Johan E. Välj")."""
    text = template.format(**params)
    for name, value in params.items():
        shown = str(value)
        if shown.endswith(".") and "{" + name + "}." in template:
            text = text.replace(shown + ".", shown)
    return text
