"""The start-up probe as a frozen program's entry script (installer/startup_probe.spec)."""

import sys

from bench.probes.startup import main

sys.exit(main(sys.argv[1:]))
