"""Mottagning: an encrypted, offline-first desktop application for a MIKA/KAST reception."""

__version__ = "0.1.0"
