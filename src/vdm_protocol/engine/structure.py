"""Structure layer: the generated JSON Schema, run by jsonschema-rs, every error reported.

jsonschema-rs reports all errors with their instance paths and rejects a pattern match
with a trailing newline (ECMA-262 `$`). Each error kind maps to one failure code. One
root cause gives one finding: errors nested in an `anyOf` are reduced to the branch that
applies, a wrong type hides the other errors at the same place, and an object held by a
polymorphic slot (Evidencia.datos) is validated against the class its `tipo` names
instead of being reported against the abstract base class.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema_rs

from ..findings import Bilingual, Finding
from ..resources import json_schema
from .model import EngineModel, engine_model
from .pointer import from_path, is_within, join_pointer
from .registry import check

_JSON_TYPE_NAMES = {
    dict: ("objeto", "object"),
    list: ("lista", "array"),
    str: ("texto", "string"),
    bool: ("booleano", "boolean"),
    int: ("entero", "integer"),
    float: ("número", "number"),
    type(None): ("null", "null"),
}
_SCHEMA_TYPE_NAMES = {
    "object": "objeto",
    "array": "lista",
    "string": "texto",
    "boolean": "booleano",
    "integer": "entero",
    "number": "número",
    "null": "null",
}


def json_type(value: Any) -> Bilingual:
    es, en = _JSON_TYPE_NAMES.get(type(value), ("desconocido", "unknown"))
    return Bilingual(es, en)


@cache
def class_validator(class_name: str) -> jsonschema_rs.Validator:
    schema = {"$defs": json_schema()["$defs"], "$ref": f"#/$defs/{class_name}"}
    return jsonschema_rs.Draft201909Validator(schema, validate_formats=True)


#: JSON Schema formats as the failure messages name them (es, en).
_FORMAT_NAMES = {
    "date": ("fecha ISO 8601 (AAAA-MM-DD)", "ISO 8601 date (YYYY-MM-DD)"),
    "date-time": ("fecha y hora ISO 8601 con zona horaria", "ISO 8601 date-time with a time zone"),
    "email": ("correo electrónico", "e-mail address"),
    "uri": ("URI", "URI"),
    "uuid": ("UUID", "UUID"),
}


class _Mapper:
    """Turns jsonschema-rs errors of one record into findings."""

    def __init__(self, model: EngineModel, root_class: str, data: Any) -> None:
        self.model = model
        self.root_class = root_class
        self.data = data
        self.findings: list[Finding] = []
        self.typed_pointers: set[str] = set()

    def _label(self, path: list, field: str) -> Bilingual:
        cls = self.model.class_at(self.root_class, path, self.data)
        slot = self.model.slot(cls, field) if cls else None
        if slot:
            return Bilingual(slot["label_es"] or field, slot["label_en"] or field)
        return Bilingual(field, field)

    def _slot_at(self, path: list) -> dict | None:
        if not path:
            return None
        parent = [p for p in path[:-1]]
        field = path[-1]
        if isinstance(field, int) and parent:
            field = parent[-1]
            parent = parent[:-1]
        cls = self.model.class_at(self.root_class, parent, self.data)
        return self.model.slot(cls, str(field)) if cls else None

    def add(self, error: Any) -> None:
        kind = error.kind.name
        path = list(error.instance_path)
        ptr = from_path(path)
        field = str(path[-1]) if path else ""
        info = error.kind.as_dict()
        instance = error.instance
        if kind == "anyOf":
            self._any_of(error, path)
        elif kind == "required":
            prop = info["property"]
            cls = self.model.class_at(self.root_class, path, self.data) or self.root_class
            self.findings.append(
                Finding(
                    "VDM204",
                    join_pointer(ptr, prop),
                    {"campo": prop, "etiqueta": self._label(path, prop), "clase": cls},
                )
            )
        elif kind == "additionalProperties":
            cls = self.model.class_at(self.root_class, path, self.data) or self.root_class
            for prop in info["unexpected"]:
                self.findings.append(Finding("VDM203", join_pointer(ptr, prop), {"campo": prop, "clase": cls}))
        elif kind == "type":
            wanted = [str(t) for t in info.get("types", [])]
            self.typed_pointers.add(ptr)
            self.findings.append(
                Finding(
                    "VDM205",
                    ptr,
                    {
                        "campo": field,
                        "esperado": Bilingual(
                            " o ".join(_SCHEMA_TYPE_NAMES.get(t, t) for t in wanted), " or ".join(wanted)
                        ),
                        "tipo_json": json_type(instance),
                    },
                    value=instance,
                )
            )
        elif kind == "pattern":
            slot = self._slot_at(path)
            self.findings.append(
                Finding(
                    "VDM206",
                    ptr,
                    {
                        "campo": field if not path or not isinstance(path[-1], int) else str(path[-2]),
                        "tipo": (slot or {}).get("range", "texto"),
                        "patron": info["pattern"],
                    },
                    value=instance,
                )
            )
        elif kind in ("enum", "const"):
            if field == "tipo":
                self.findings.append(
                    Finding(
                        "VDM202",
                        ptr,
                        {
                            "detalle": Bilingual(
                                f"'tipo' no corresponde a la clase esperada en {ptr or '/'}",
                                f"'tipo' does not match the class expected at {ptr or '/'}",
                            )
                        },
                        value=instance,
                    )
                )
            else:
                slot = self._slot_at(path)
                self.findings.append(
                    Finding(
                        "VDM401",
                        ptr,
                        {"campo": field, "catalogo": (slot or {}).get("range", "enumeración")},
                        value=instance,
                    )
                )
        elif kind in ("minItems", "maxItems", "uniqueItems"):
            limit = info.get("limit")
            detail = {
                "minItems": Bilingual(f"al menos {limit} elemento(s)", f"at least {limit} item(s)"),
                "maxItems": Bilingual(f"a lo más {limit} elemento(s)", f"at most {limit} item(s)"),
                "uniqueItems": Bilingual("elementos repetidos", "repeated items"),
            }[kind]
            self.findings.append(Finding("VDM207", ptr, {"campo": field, "detalle": detail}))
        elif kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            limit = info.get("limit")
            es = {
                "minimum": "mínimo",
                "maximum": "máximo",
                "exclusiveMinimum": "mayor que",
                "exclusiveMaximum": "menor que",
            }[kind]
            en = {
                "minimum": "minimum",
                "maximum": "maximum",
                "exclusiveMinimum": "greater than",
                "exclusiveMaximum": "less than",
            }[kind]
            self.findings.append(
                Finding(
                    "VDM208",
                    ptr,
                    {"campo": field, "detalle": Bilingual(f"{es} {limit}", f"{en} {limit}")},
                    value=instance,
                )
            )
        elif kind == "format":
            fmt = str(info.get("format"))
            es, en = _FORMAT_NAMES.get(fmt, (fmt, fmt))
            self.findings.append(Finding("VDM209", ptr, {"campo": field, "formato": Bilingual(es, en)}, value=instance))
        else:
            self.findings.append(
                Finding(
                    "VDM299",
                    ptr,
                    {"campo": field, "regla": kind, "detalle": "/".join(str(p) for p in error.schema_path)},
                )
            )

    def _any_of(self, error: Any, path: list) -> None:
        """Report the errors of the branch that applies: the one not rejected by type alone."""
        branches = error.kind.as_dict().get("context") or []
        depth = len(path)

        def shallow_type_errors(branch: list) -> int:
            return sum(1 for e in branch if len(e.instance_path) == depth and e.kind.name in ("type", "const", "enum"))

        if not branches:
            return
        best = min(branches, key=shallow_type_errors)
        for sub in best:
            self.add(sub)

    def reduced(self) -> list[Finding]:
        """One root cause, one finding: a wrong type hides the other errors at the same place,
        and a value that misses its pattern is not reported again for its format."""
        patterned = {f.pointer for f in self.findings if f.code == "VDM206"}
        out = []
        for f in self.findings:
            if f.code != "VDM205" and f.pointer in self.typed_pointers:
                continue
            if f.code == "VDM209" and f.pointer in patterned:
                continue
            out.append(f)
        return out


def _polymorphic_parts(model: EngineModel, cls: str, data: Any, ptr: str = "") -> list[tuple[str, str, Any]]:
    """(pointer, concrete class, value) of every object held by a polymorphic slot."""
    out = []
    if not isinstance(data, dict):
        return out
    slots = model.classes.get(cls, {}).get("slots", {})
    for key, val in data.items():
        slot = slots.get(key)
        if not slot or slot["kind"] != "class" or val is None:
            continue
        items = enumerate(val) if slot["multivalued"] and isinstance(val, list) else [(None, val)]
        for i, item in items:
            p = join_pointer(ptr, key) if i is None else f"{join_pointer(ptr, key)}/{i}"
            concrete = model.concrete_class(slot["range"], item)
            if model.is_polymorphic(slot["range"]) and concrete != slot["range"]:
                out.append((p, concrete, item))
            elif isinstance(item, dict):
                out.extend(_polymorphic_parts(model, concrete, item, p))
    return out


@check(
    "structure",
    codes=("VDM203", "VDM204", "VDM205", "VDM206", "VDM207", "VDM208", "VDM209", "VDM299", "VDM401", "VDM202"),
)
def check_structure(data: Any, class_name: str, pointer: str = "") -> list[Finding]:
    """All structure findings of ``data`` as an instance of ``class_name``."""
    model = engine_model()
    validator = class_validator(class_name)
    holds_polymorphic = model.may_hold_polymorphic(class_name)
    if not holds_polymorphic and validator.is_valid(data):
        return []
    parts = _polymorphic_parts(model, class_name, data) if holds_polymorphic else []
    mapper = _Mapper(model, class_name, data)
    errors = validator.iter_errors(data) if parts or not validator.is_valid(data) else ()
    for error in errors:
        err_ptr = from_path(list(error.instance_path))
        if any(is_within(err_ptr, p) for p, _, _ in parts):
            continue
        mapper.add(error)
    findings = mapper.reduced()
    for p, concrete, item in parts:
        findings.extend(check_structure(item, concrete, p))
    if pointer:
        for f in findings:
            f.pointer = pointer + f.pointer
    return findings
