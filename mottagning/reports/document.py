"""What every document shares: A4, the embedded font, the letterhead, the
secrecy marking and "Sida 1 av 2" on every page, the PDF's language, and
metadata that names neither the client nor their identity number.

Values are always escaped before they reach reportlab's paragraph markup
(`para`): a client's text never becomes markup.
"""

import hashlib
import io
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.graphics import shapes
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from mottagning.models.letters import Letterhead, RenderedDocument

FONT, BOLD, ITALIC = "MottagningSans", "MottagningSans-Bold", "MottagningSans-Italic"
_FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf"}
MARGIN = 20 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # the frame pads 6 points on each side

# The few fixed words of the page frame, per document language.
WORDS = {
    "sv": {
        "page": "Sida {page} av {pages}",
        "secret": "SEKRETESS: innehåller uppgifter som omfattas av sekretess",
    },
    "en": {
        "page": "Page {page} of {pages}",
        "secret": "CONFIDENTIAL: contains information subject to secrecy",
    },
}
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}


@cache
def register_fonts() -> None:
    """The shipped TrueType fonts, embedded (as subsets) in every PDF."""
    folder = resources.files("mottagning.resources") / "fonts"
    for name, file_name in _FONT_FILES.items():
        data = (folder / file_name).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    # A chart's drawing starts from these defaults: Helvetica, unembedded, otherwise.
    shapes.STATE_DEFAULTS["fontName"] = FONT


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def table(rows: list[list[Any]], widths: list[float], style: list[Any], repeat: int = 0) -> Table:
    """A table whose cells use the embedded font (a cell's default is Helvetica,
    set even when the cell holds a paragraph)."""
    return Table(
        rows,
        colWidths=widths,
        repeatRows=repeat,
        style=[("FONTNAME", (0, 0), (-1, -1), FONT), *style],
    )


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=6)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=10
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,  # never a heading alone at the foot of a page
        ),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=9, leading=12),
    }


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Keeps each page until the last is known, then draws the frame on all:
    "Sida 1 av 2" needs the page count."""

    frame_text: ClassVar[dict[str, Any]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_frame(total)
            super().showPage()
        super().save()

    def _draw_frame(self, total: int) -> None:
        text = self.frame_text
        words = WORDS[text["language"]]
        self.setFont(BOLD, 8)
        if text["secret"]:
            self.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, words["secret"])
        self.setFont(FONT, 8)
        self.drawRightString(
            PAGE_WIDTH - MARGIN,
            10 * mm,
            words["page"].format(page=self.getPageNumber(), pages=total),
        )
        self.drawString(MARGIN, 10 * mm, text["sender"])


def render(
    story: Sequence[Flowable],
    *,
    language: str,
    title: str,
    letterhead: Letterhead,
    secret: bool = True,
) -> RenderedDocument:
    """The flowables laid out on A4 pages with the frame; metadata holds the
    document's kind and the sender only (and not even the program's name when
    the sender is neutral: "Mottagning" says what it is)."""
    program = "Mottagning" if letterhead.name else "-"
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=letterhead.name,
        subject=title,
        creator=program,
        producer=program,
        keywords="",
        lang=LANGUAGE_TAGS[language],
        initialFontName=FONT,  # else Helvetica, unembedded, on every page
    )
    frame = {"language": language, "secret": secret, "sender": letterhead.name}
    canvas_class = type("FramedCanvas", (_NumberedCanvas,), {"frame_text": frame})
    document.build(list(story), canvasmaker=canvas_class)
    pdf = buffer.getvalue()
    return RenderedDocument(pdf, document.page, hashlib.sha256(pdf).hexdigest())
