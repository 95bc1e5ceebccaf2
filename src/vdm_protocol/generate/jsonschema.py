"""Closed JSON Schema of every class, from LinkML's JsonSchemaGenerator."""

from __future__ import annotations

import json

from linkml.generators.jsonschemagen import JsonSchemaGenerator

from .model import Model

FILE = "vdm.schema.json"


def generate(model: Model) -> dict[str, str]:
    gen = JsonSchemaGenerator(str(model.root_path), not_closed=False, include_null=True)
    schema = json.loads(gen.serialize())
    return {FILE: json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"}
