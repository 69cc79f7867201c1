"""The one byte form of a signed JSON document (a package manifest, a set-up document).

Both sides must sign and check the same bytes, so every signed document is written by this
function: keys sorted, no spaces, UTF-8 kept as is, and no NaN or infinity (JSON has none).
"""

from __future__ import annotations

import json
from typing import Any


def canonical_json(document: dict[str, Any]) -> bytes:
    """The bytes that are signed and stored for `document`."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")
