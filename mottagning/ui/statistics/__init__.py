"""Statistik: the yearly numbers for the council (clinic lead)."""
