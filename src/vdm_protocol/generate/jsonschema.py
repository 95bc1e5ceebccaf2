"""Closed JSON Schema of every class, from LinkML's JsonSchemaGenerator."""

from __future__ import annotations

import json

from linkml.generators.jsonschemagen import JsonSchemaGenerator

from .model import Model

FILE = "vdm.schema.json"


def build(model: Model) -> dict:
    gen = JsonSchemaGenerator(str(model.root_path), not_closed=False, include_null=True)
    return json.loads(gen.serialize())


def generate(model: Model) -> dict[str, str]:
    schema = model.json_schema
    return {FILE: json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"}
