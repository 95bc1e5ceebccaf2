"""Masking of personal data in reports and logs.

Every value that comes from a payload is masked unless the user asks to show values:
identifiers and names must not leak into CI logs. The mask keeps the length and the
first and last characters of longer values, which is enough to find the record.

The one exception are the protocol fields that never hold personal data (message ids,
digests, agency and procedure keys, versions, codes of the protocol's own code lists),
marked in the model with the slot annotation ``dato_personal: false``: their values are
shown, so that a correlation or digest finding can be read. Anything else, a name, a date
or a sex included, stays masked.
"""

from __future__ import annotations

import json
from functools import cache

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


@cache
def protocol_fields() -> frozenset[str]:
    """Slots whose values are protocol metadata, never personal data: the model marks them with
    the annotation ``dato_personal: false`` (generated into modelo.json)."""
    from .resources import model_index

    return frozenset(model_index().get("non_personal_slots", ()))


def is_protocol_field(pointer: str) -> bool:
    """Whether the value at ``pointer`` is protocol metadata, shown unmasked."""
    return pointer.rsplit("/", 1)[-1] in protocol_fields()
