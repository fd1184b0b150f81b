"""The frozen `mottagning-admin`: the headless commands, with a console."""

import sys

from mottagning.app import admin_main

sys.exit(admin_main())
