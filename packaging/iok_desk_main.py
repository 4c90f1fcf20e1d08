"""The bundle's entry point: the same ``iok-desk`` as the installed package's script."""

import sys

from iok_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
