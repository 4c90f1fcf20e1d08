"""What every subcommand shares: the database and acting clerk (iok_desk.bootstrap.Desk), and
JSON output."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from iok_desk.bootstrap import Desk
from iok_desk.services.dto import to_jsonable

from .main import EXIT_ERROR

EXIT_USAGE = 2

__all__ = ["EXIT_ERROR", "EXIT_USAGE", "Desk", "Handler", "print_json"]

Handler = Callable[[argparse.Namespace, Desk], int]


def print_json(value: Any) -> None:
    print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2, sort_keys=True))
