"""The generated artifacts the validator reads, each loaded once per process.

Nothing here imports LinkML: the validator runs on what `vdm generate` shipped.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from .paths import GENERATED_DIR


def _load_json(name: str) -> Any:
    with (GENERATED_DIR / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def json_schema() -> dict[str, Any]:
    return _load_json("vdm.schema.json")


@cache
def model_index() -> dict[str, Any]:
    return _load_json("modelo.json")


@cache
def failure_catalog_data() -> dict[str, Any]:
    return _load_json("fallas.json")
