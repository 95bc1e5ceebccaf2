"""Pydantic v2 classes from LinkML's PydanticGenerator, with the types' patterns enforced.

Two gaps of gen-pydantic are closed here, on an in-memory copy of the model (the YAML
is never touched):

* it validates a slot's own ``pattern`` but ignores the pattern of the slot's *type*,
  so each slot whose range is a patterned type gets that pattern copied onto it;
* it checks patterns with ``re.search``, under which ``$`` also matches before a
  trailing newline, so ``"CURP\\n"`` would pass; the emitted validators are switched to
  ``fullmatch``, which rejects it (tests/test_generated.py holds this).
"""

from __future__ import annotations

import copy
import re

from .model import Model

FILE = "vdm_pydantic.py"
_SEARCH_CALL = re.compile(r"\bpattern\.search\(")


def _with_type_patterns(model: Model):
    schema = copy.deepcopy(model.view.materialize_derived_schema())
    for slot in schema.slots.values():
        if not slot.pattern:
            slot.pattern = model.range_pattern(slot.range)
    for cls in schema.classes.values():
        for container in (cls.slot_usage or {}), (cls.attributes or {}):
            for name, usage in container.items():
                if usage.range and not usage.pattern:
                    usage.pattern = model.range_pattern(usage.range)
                if not usage.pattern and name in schema.slots:
                    usage.pattern = schema.slots[name].pattern
    return schema


def generate(model: Model) -> dict[str, str]:
    from linkml.generators.pydanticgen import PydanticGenerator

    schema = _with_type_patterns(model)
    code = PydanticGenerator(schema, metadata_mode=None).serialize()
    code, replaced = _SEARCH_CALL.subn("pattern.fullmatch(", code)
    if not replaced:
        raise RuntimeError("gen-pydantic emitted no pattern validators; the fullmatch fix did not apply")
    return {FILE: code}
