"""The frozen `mottagning`: the desktop application (or a command, as from pip)."""

import sys

from mottagning.app import main

sys.exit(main())
