"""Printing a page the program made: a print preview, then the printer the user
picks. The page is rendered in memory; no file is written (tests replace this)."""

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def print_document(document: QTextDocument, parent: QWidget) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewDialog(printer, parent)
    preview.paintRequested.connect(document.print_)
    preview.exec()
