"""A note as the reader sees it: the text as it stands, who wrote and signed it,
its addenda below, and on request the original text and earlier corrections
(a correction never erases)."""

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from mottagning.models.journal import Amendment, JournalNote
from mottagning.ui.formatting import local_datetime
from mottagning.ui.journal.text import author_text, author_with_role
from mottagning.ui.translations import translated


def _text_block(text: str) -> str:
    # pre-wrap keeps the writer's line breaks and blank lines, and still wraps.
    return f'<div style="white-space: pre-wrap; margin-bottom: 14px;">{escape(text)}</div>'


def _heading(text: str, level: int = 4, rule: bool = False) -> str:
    before = "<hr>" if rule else ""
    return f"{before}<h{level} style='margin-bottom: 2px;'>{escape(text)}</h{level}>"


class NoteReading(QObject):
    """Renders notes as HTML for a read-only view; `muted` colours the meta lines."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def _time(self, moment: datetime) -> str:
        return local_datetime(moment, self._zone)

    def html(self, note: JournalNote, muted: str, *, show_original: bool) -> str:
        parts = [_heading(f"{note.note_date.isoformat()} · {translated(note.note_type.label)}", 3)]
        if note.signed and note.signed_at is not None:
            meta = self.tr("{author} · signed {time}").format(
                author=author_with_role(note.author), time=self._time(note.signed_at)
            )
            parts.append(f"<p style='color: {muted}; margin-top: 0;'>{escape(meta)}</p>")
        else:
            draft = self.tr("Unsigned draft by {author}.").format(author=note.author.name)
            later = self.tr("It may still change. Last saved {time}.").format(
                time=self._time(note.updated_at)
            )
            parts.append(f"<p style='margin-top: 0;'><b>{escape(draft)}</b> {escape(later)}</p>")
        corrections = note.corrections
        if corrections:
            parts.append(self._correction_notice(corrections[-1], len(corrections)))
        parts.append(_text_block(note.current_text))
        for addendum in note.addenda:
            parts.append(
                _heading(
                    self.tr("Addendum · {author} · {time}").format(
                        author=author_with_role(addendum.author),
                        time=self._time(addendum.created_at),
                    )
                )
            )
            parts.append(_text_block(addendum.body))
        if corrections and show_original:
            parts.append(self._earlier_texts(note))
        return "".join(parts)

    def _correction_notice(self, latest: Amendment, count: int) -> str:
        if count == 1:
            text = self.tr("Corrected by {author}, {time}. Reason: {reason}")
        else:
            text = self.tr("Corrected {count} times, last by {author}, {time}. Reason: {reason}")
        notice = text.format(
            author=author_text(latest.author),
            time=self._time(latest.created_at),
            reason=latest.reason,
            count=count,
        )
        return f"<p style='margin-top: 0;'><i>{escape(notice)}</i></p>"

    def _earlier_texts(self, note: JournalNote) -> str:
        """The original as signed, then every correction but the one shown above."""
        signed = self._time(note.signed_at) if note.signed_at else ""
        parts = [
            _heading(
                self.tr("Original text · {author} · signed {time}").format(
                    author=author_text(note.author), time=signed
                ),
                rule=True,
            ),
            _text_block(note.body),
        ]
        for number, correction in enumerate(note.corrections[:-1], start=1):
            parts.append(
                _heading(
                    self.tr("Correction {number} · {author} · {time} · reason: {reason}").format(
                        number=number,
                        author=author_text(correction.author),
                        time=self._time(correction.created_at),
                        reason=correction.reason,
                    )
                )
            )
            parts.append(_text_block(correction.body))
        return "".join(parts)
