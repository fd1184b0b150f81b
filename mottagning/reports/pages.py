"""A document's pages as images in memory (pypdfium2), for the preview and
for printing: no file is written anywhere, temporary or not."""

from dataclasses import dataclass

import pypdfium2 as pdfium

PREVIEW_DPI = 96
PRINT_DPI = 300


@dataclass(frozen=True)
class PageImage:
    """RGB pixels, `stride` bytes a row."""

    width: int
    height: int
    stride: int
    pixels: bytes


def page_images(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[PageImage]:
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, not BGR
            images.append(
                PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            )
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()
