"""``iok-desk``: the GUI with no command, the clerk's use cases as subcommands.

Thin over services/: parse, call one use case, print. Errors go to stderr in Polish with a
non-zero exit code and no traceback; ``--json`` output is stable (see services.dto).
Each area keeps its subcommands in its own module here, with an ``add_commands`` function
that ``main.build_parser`` calls.
"""

from .main import build_parser, main

__all__ = ["build_parser", "main"]
