"""Masking of personal data in reports and logs.

Every value that comes from a payload is masked unless the user asks to show values:
identifiers and names must not leak into CI logs. The mask keeps the length and the
first and last characters of longer values, which is enough to find the record.
"""

from __future__ import annotations

import json

MASK = "•"


def mask_value(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return f"<{type(value).__name__} oculto>"
    # Escaped, so that a trailing newline or a control character stays visible.
    text = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        text = text[1:-1]
    n = len(text)
    if n <= 4:
        return MASK * n
    return text[0] + MASK * (n - 2) + text[-1]


def show_value(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, default=str)
