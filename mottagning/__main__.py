"""`python -m mottagning`."""

import sys

from mottagning.app import main

sys.exit(main())
