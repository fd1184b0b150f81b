"""Plain values of the domain: frozen dataclasses and enums. No Qt, no SQL."""
