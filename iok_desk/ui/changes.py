"""What a clerk's action changed, so that each view redraws only when its data is among it.

The use cases say it themselves (``services.dto.Changes`` on their results); ``Operations``
emits what the service returned on ``sig_changed``, and each view asks it (``touches_account``,
``request_list``, ...). ``Changed`` is that same class, under the name the views use.
"""

from __future__ import annotations

from iok_desk.services.dto import Changes as Changed
from iok_desk.services.dto import changes_in

__all__ = ["Changed", "changes_in"]
