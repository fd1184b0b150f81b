"""Data that ships with the program (importable as mottagning.resources)."""
