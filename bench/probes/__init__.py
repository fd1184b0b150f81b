"""GUI measurements, each in a fresh process running offscreen.

This package's __init__ imports nothing, so that the bare-window probe loads
PySide6 and nothing else. The probes print their results on stdout after a
marker; bench.probes.launch starts them and reads it.
"""

SHOWN = "BENCH-SHOWN"  # printed at the first paint of the window
RESULT = "BENCH-RESULT "  # followed by one line of JSON
