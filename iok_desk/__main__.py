"""``python -m iok_desk``: the same as the ``iok-desk`` command."""

import sys

from iok_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
