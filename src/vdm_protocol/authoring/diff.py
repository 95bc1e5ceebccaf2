"""`vdm diff OLD NEW`: classify every change between two versions of the models.

The rule behind the three classes is about the payloads that already travel:

- **breaking**: a payload that is valid under OLD can be invalid under NEW, or a value
  keeps its form but changes its meaning (an element removed or renamed, a field that
  becomes required, a narrowed pattern, range, enum or bound, a code whose meaning
  changes, a failure code removed or reused);
- **compatible**: every payload valid under OLD stays valid and means the same under NEW
  (a new optional field, a new enum value or class, a widened pattern or bound, a field
  that becomes optional, a new failure code);
- **editorial**: no payload's validity or meaning changes (labels, descriptions,
  comments, examples, mappings, message templates).

When a change cannot be told apart (two patterns that neither contains), it is breaking.

The comparison works on a *snapshot* of each version: plain dictionaries built from the
LinkML SchemaView (so `compare()` itself needs no LinkML and is tested on small dicts).
Pattern containment is decided by sampling: hypothesis draws strings that match one
pattern and checks them against the other, deterministically (derandomized).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BREAKING, COMPATIBLE, EDITORIAL = "breaking", "compatible", "editorial"
LEVELS = (BREAKING, COMPATIBLE, EDITORIAL)
BUMP = {BREAKING: "major", COMPATIBLE: "minor", EDITORIAL: "patch"}
BUMP_RANK = {"none": 0, "patch": 1, "minor": 2, "major": 3}
BUMP_NAMES_ES = {"none": "ninguno", "patch": "parche (patch)", "minor": "menor (minor)", "major": "mayor (major)"}

#: Annotations that are documentation only: a change to them is editorial.
TEXT_ANNOTATIONS = frozenset(
    {
        "label_en",
        "description_en",
        "mensaje_es",
        "mensaje_en",
        "remediacion_es",
        "remediacion_en",
        "mapeo_oots",
        "mapeo_xroad",
        "fuente_autoritativa",
        "comments_en",
    }
)
TEXT_FIELDS = (
    "title",
    "description",
    "comments",
    "examples",
    "aliases",
    "see_also",
    "notes",
    "exact_mappings",
    "close_mappings",
    "related_mappings",
    "narrow_mappings",
    "broad_mappings",
    "meaning_text",
)
#: Field (slot in a class) properties that change the payload's shape: any change breaks.
SHAPE_FIELDS = ("multivalued", "inlined", "inlined_as_list", "identifier", "key", "designates_type")
#: Bounds: which direction narrows.
LOWER_BOUNDS = ("minimum_value", "minimum_cardinality")
UPPER_BOUNDS = ("maximum_value", "maximum_cardinality")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
NUMERIC_WIDENING = {("integer", "decimal"), ("integer", "float"), ("integer", "double"), ("float", "double")}

WHAT = {
    "class": ("la clase", "class"),
    "field": ("el campo", "field"),
    "slot": ("la ranura", "slot"),
    "enum": ("la enumeración", "enum"),
    "value": ("el valor", "value"),
    "type": ("el tipo", "type"),
    "failure": ("el código de falla", "failure code"),
}

#: kind -> (Spanish template, English template). Placeholders: what, element, old, new, detail.
MESSAGES: dict[str, tuple[str, str]] = {
    "removed": ("Se eliminó {what} {element}.", "The {what} {element} was removed."),
    "renamed": ("{What} {old} se renombró a {new}.", "The {what} {old} was renamed to {new}."),
    "added": ("Se agregó {what} {element}.", "The {what} {element} was added."),
    "field_added_required": (
        "Nuevo campo obligatorio {element}: los mensajes actuales no lo traen.",
        "New required field {element}: current messages do not carry it.",
    ),
    "field_added_optional": ("Nuevo campo opcional {element}.", "New optional field {element}."),
    "required_added": ("El campo {element} pasa a ser obligatorio.", "The field {element} becomes required."),
    "required_removed": ("El campo {element} deja de ser obligatorio.", "The field {element} is no longer required."),
    "pattern_narrowed": (
        "El patrón de {element} se estrecha: {old} → {new} (ya no acepta «{detail}»).",
        "The pattern of {element} is narrowed: {old} → {new} (it no longer accepts '{detail}').",
    ),
    "pattern_widened": (
        "El patrón de {element} se amplía: {old} → {new} (ahora acepta «{detail}»).",
        "The pattern of {element} is widened: {old} → {new} (it now accepts '{detail}').",
    ),
    "pattern_changed": (
        "El patrón de {element} cambia en ambos sentidos: {old} → {new} (ya no acepta «{detail}»).",
        "The pattern of {element} changes both ways: {old} → {new} (it no longer accepts '{detail}').",
    ),
    "pattern_rewritten": (
        "El patrón de {element} se reescribe sin cambiar lo que acepta: {old} → {new}.",
        "The pattern of {element} is rewritten without changing what it accepts: {old} → {new}.",
    ),
    "range_narrowed": (
        "El rango de {element} se estrecha: {old} → {new}{detail}.",
        "The range of {element} is narrowed: {old} → {new}{detail}.",
    ),
    "range_widened": (
        "El rango de {element} se amplía: {old} → {new}{detail}.",
        "The range of {element} is widened: {old} → {new}{detail}.",
    ),
    "range_changed": ("El rango de {element} cambia: {old} → {new}.", "The range of {element} changes: {old} → {new}."),
    "shape_changed": (
        "La forma de {element} cambia ({detail}): {old} → {new}.",
        "The shape of {element} changes ({detail}): {old} → {new}.",
    ),
    "bound_narrowed": (
        "El límite {detail} de {element} se estrecha: {old} → {new}.",
        "The {detail} of {element} is narrowed: {old} → {new}.",
    ),
    "bound_widened": (
        "El límite {detail} de {element} se amplía: {old} → {new}.",
        "The {detail} of {element} is widened: {old} → {new}.",
    ),
    "parent_changed": (
        "{What} {element} cambia de clase madre o mixins: {old} → {new}.",
        "The {what} {element} changes its parent or mixins: {old} → {new}.",
    ),
    "abstract_changed": (
        "{What} {element} cambia su carácter abstracto: {old} → {new}.",
        "The {what} {element} changes whether it is abstract: {old} → {new}.",
    ),
    "rules_changed": (
        "Las reglas condicionales de {element} cambian.",
        "The conditional rules of {element} change.",
    ),
    "rules_removed": (
        "Se quitan reglas condicionales de {element}.",
        "Conditional rules of {element} are removed.",
    ),
    "meaning_changed": (
        "Cambia el significado de {element} ({detail}): {old} → {new}.",
        "The meaning of {element} changes ({detail}): {old} → {new}.",
    ),
    "failure_reused": (
        "El código de falla {element} se reutiliza con otro significado ({detail}): {old} → {new}.",
        "The failure code {element} is reused with another meaning ({detail}): {old} → {new}.",
    ),
    "severity_raised": (
        "La severidad de {element} sube: {old} → {new}.",
        "The severity of {element} is raised: {old} → {new}.",
    ),
    "severity_lowered": (
        "La severidad de {element} baja: {old} → {new}.",
        "The severity of {element} is lowered: {old} → {new}.",
    ),
    "base_changed": (
        "El tipo base de {element} cambia: {old} → {new}.",
        "The base type of {element} changes: {old} → {new}.",
    ),
    "text_changed": ("Cambia el texto de {element}: {detail}.", "The text of {element} changes: {detail}."),
}


@dataclass
class Change:
    """One classified difference between the two versions."""

    level: str
    kind: str
    what: str
    element: str
    old: Any = None
    new: Any = None
    detail: str = ""
    classes: list[str] = field(default_factory=list)

    def message(self, lang: str = "es") -> str:
        es, en = MESSAGES[self.kind]
        what_es, what_en = WHAT[self.what]
        what = what_es if lang == "es" else what_en
        where = self.element
        if self.classes:
            where = f"{self.element} ({', '.join(self.classes)})"
        text = (es if lang == "es" else en).format(
            what=what,
            What=what[:1].upper() + what[1:],
            element=f"`{where}`",
            old=_show(self.old),
            new=_show(self.new),
            detail=self.detail,
        )
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "kind": self.kind,
            "element_type": self.what,
            "element": self.element,
            "classes": self.classes,
            "old": self.old,
            "new": self.new,
            "detail": self.detail,
            "message_es": self.message("es"),
            "message_en": self.message("en"),
        }


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple | set | frozenset):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return f"`{value}`" if not isinstance(value, bool) else str(value).lower()


# --------------------------------------------------------------------------- patterns


class _Found(Exception):
    pass


def counterexample(source: str, target: str, tries: int = 400) -> str | None:
    """A string that fully matches `source` but not `target`, or None if sampling finds none."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    # ECMA-262 (JSON Schema's dialect): \d and \w are ASCII-only, as in Python's re.ASCII.
    target_re = re.compile(target, re.ASCII)
    found: list[str] = []

    @settings(
        max_examples=tries,
        database=None,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.from_regex(re.compile(source, re.ASCII), fullmatch=True))
    def probe(text: str) -> None:
        # ECMA-262 anchoring: "$" never matches before a trailing newline.
        if "\n" in text and not source.endswith("\\n$"):
            return
        if not target_re.fullmatch(text):
            found.append(text)
            raise _Found

    with contextlib.suppress(_Found):
        probe()
    return found[0] if found else None


def compare_patterns(old: str | None, new: str | None) -> tuple[str, str]:
    """(kind, example) for a pattern change; kind is one of the pattern_* kinds."""
    if old == new:
        return "", ""
    if old is None:
        return "pattern_narrowed", ""
    if new is None:
        return "pattern_widened", ""
    try:
        lost = counterexample(old, new)
        gained = counterexample(new, old)
    except Exception:  # a pattern hypothesis cannot sample: be conservative
        return "pattern_changed", "?"
    if lost is not None and gained is not None:
        return "pattern_changed", lost
    if lost is not None:
        return "pattern_narrowed", lost
    if gained is not None:
        return "pattern_widened", gained
    return "pattern_rewritten", ""


# --------------------------------------------------------------------------- snapshot


def _plain(value: Any) -> Any:
    """LinkML runtime objects to JSON-like values (sorted, no empties)."""
    from linkml_runtime.dumpers import json_dumper

    if value is None:
        return None
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())} or None
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value] or None
    if hasattr(value, "_as_dict") or hasattr(value, "__dataclass_fields__"):
        return json.loads(json_dumper.dumps(value))
    return str(value)


def _items(mapping: Any) -> list[tuple[Any, Any]]:
    """Items of a dict or of a linkml-runtime JsonObj (which has no .items())."""
    if not mapping:
        return []
    if isinstance(mapping, dict):
        return list(mapping.items())
    return list(mapping._items())


def _annotations(element: Any) -> dict[str, Any]:
    out = {}
    for key, ann in _items(getattr(element, "annotations", None)):
        out[str(key)] = _plain(getattr(ann, "value", ann))
    return out


def _text(element: Any) -> dict[str, Any]:
    text = {}
    for name in TEXT_FIELDS:
        value = _plain(getattr(element, name, None))
        if value not in (None, "", []):
            text[name] = value
    for key, value in _annotations(element).items():
        if key in TEXT_ANNOTATIONS:
            text[f"annotations.{key}"] = value
    return text


def _meta_annotations(element: Any) -> dict[str, Any]:
    return {k: v for k, v in _annotations(element).items() if k not in TEXT_ANNOTATIONS}


def snapshot(schema_dir: Path) -> dict[str, Any]:
    """Everything `compare()` looks at, as plain data, from the root schema in `schema_dir`."""
    from linkml_runtime.utils.schemaview import SchemaView

    root = schema_dir / "vdm.yaml"
    view = SchemaView(str(root))
    schema = view.schema
    types: dict[str, Any] = {}
    for name, t in view.all_types().items():
        if str(t.from_schema or "").startswith("https://w3id.org/linkml"):
            continue
        types[str(name)] = {
            "meta": {
                "base": _base_type(view, str(name)),
                "pattern": t.pattern,
                "minimum_value": _plain(t.minimum_value),
                "maximum_value": _plain(t.maximum_value),
            },
            "text": _text(t),
        }
    enums: dict[str, Any] = {}
    for name, e in view.all_enums().items():
        values = {}
        for code, pv in _items(e.permissible_values):
            values[str(code)] = {
                "meta": {"meaning": pv.meaning, **_meta_annotations(pv)},
                "text": _text(pv),
            }
        enums[str(name)] = {"text": _text(e), "values": values, "failures": _is_failure_enum(values)}
    slots = {str(name): {"text": _text(s)} for name, s in view.all_slots().items()}
    classes: dict[str, Any] = {}
    for name, c in view.all_classes().items():
        fields = {}
        own = {**dict(_items(c.attributes)), **dict(_items(c.slot_usage))}
        for s in view.class_induced_slots(name):
            rng = s.range or view.schema.default_range or "string"
            fields[str(s.name)] = {
                "meta": {
                    "required": bool(s.required),
                    "range": str(rng),
                    "range_kind": "enum" if rng in enums else "class" if rng in view.all_classes() else "type",
                    "pattern": s.pattern,
                    "any_of": _plain([_plain(x) for x in (s.any_of or [])]) or None,
                    "exactly_one_of": _plain([_plain(x) for x in (s.exactly_one_of or [])]) or None,
                    "equals_string": s.equals_string,
                    "equals_string_in": _plain(s.equals_string_in),
                    **{k: _plain(getattr(s, k, None)) for k in SHAPE_FIELDS + LOWER_BOUNDS + UPPER_BOUNDS},
                    **{f"annotations.{k}": v for k, v in _meta_annotations(s).items()},
                },
                # Text of a field is compared only where the class overrides it (slot_usage,
                # attributes); the slot's own text is compared once, at the slot.
                "text": _text(own[s.name]) if s.name in own else {},
            }
        classes[str(name)] = {
            "meta": {
                "is_a": c.is_a,
                "mixins": sorted(c.mixins or []),
                "abstract": bool(c.abstract),
                "rules": _plain(c.rules),
                **_meta_annotations(c),
            },
            "text": _text(c),
            "fields": fields,
        }
    return {
        "version": str(schema.version or "0.0.0"),
        "types": types,
        "enums": enums,
        "slots": slots,
        "classes": classes,
    }


def _base_type(view: Any, name: str) -> str:
    seen: set[str] = set()
    while name not in seen:
        seen.add(name)
        t = view.get_type(name)
        if t is None or not t.typeof:
            return name
        name = str(t.typeof)
    return name


def _is_failure_enum(values: dict[str, Any]) -> bool:
    return bool(values) and all({"nombre", "categoria"} <= set(v["meta"]) for v in values.values())


# --------------------------------------------------------------------------- compare


class _Collector:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(self, level: str, kind: str, what: str, element: str, old=None, new=None, detail: str = "") -> None:
        self.changes.append(Change(level, kind, what, element, old, new, detail))


def _similar(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two elements that differ only by name: a rename, not a removal plus an addition."""
    return a == b or (
        a.get("meta") == b.get("meta")
        and (a.get("fields") is None or set(a["fields"]) == set(b["fields"]))
        and (a.get("values") is None or set(a["values"]) == set(b["values"]))
        and a.get("text", {}).get("annotations.label_en") == b.get("text", {}).get("annotations.label_en")
    )


def _added_removed(
    out: _Collector, what: str, old: dict, new: dict, prefix: str = "", added_level: str = COMPATIBLE
) -> list[str]:
    """Report removed, renamed and added names; return the names common to both."""
    removed = [n for n in old if n not in new]
    added = [n for n in new if n not in old]
    for name in list(removed):
        match = next((a for a in added if _similar(old[name], new[a])), None)
        if match is not None:
            out.add(BREAKING, "renamed", what, prefix + name, prefix + name, prefix + match)
            removed.remove(name)
            added.remove(match)
    for name in removed:
        out.add(BREAKING, "removed", what, prefix + name)
    for name in added:
        out.add(added_level, "added", what, prefix + name)
    return [n for n in old if n in new]


def _text_change(out: _Collector, what: str, element: str, old: dict, new: dict) -> None:
    keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    if keys:
        out.add(EDITORIAL, "text_changed", what, element, detail=", ".join(keys))


def _compare_fields(out: _Collector, cls: str, old: dict, new: dict, enums_old: dict, enums_new: dict, types) -> None:
    for name in [n for n in old if n not in new]:
        out.add(BREAKING, "removed", "field", f"{cls}.{name}")
    for name in [n for n in new if n not in old]:
        required = new[name]["meta"]["required"]
        kind = "field_added_required" if required else "field_added_optional"
        out.add(BREAKING if required else COMPATIBLE, kind, "field", f"{cls}.{name}")
    for name in [n for n in old if n in new]:
        element = f"{cls}.{name}"
        a, b = old[name]["meta"], new[name]["meta"]
        if a["required"] != b["required"]:
            kind = "required_added" if b["required"] else "required_removed"
            out.add(BREAKING if b["required"] else COMPATIBLE, kind, "field", element)
        if a["range"] != b["range"] or a["range_kind"] != b["range_kind"]:
            _compare_range(out, element, a, b, enums_old, enums_new, types)
        if a["pattern"] != b["pattern"]:
            kind, example = compare_patterns(a["pattern"], b["pattern"])
            level = EDITORIAL if kind == "pattern_rewritten" else COMPATIBLE if kind == "pattern_widened" else BREAKING
            out.add(level, kind, "field", element, a["pattern"], b["pattern"], example)
        for key in SHAPE_FIELDS + ("any_of", "exactly_one_of", "equals_string", "equals_string_in"):
            if a.get(key) != b.get(key):
                out.add(BREAKING, "shape_changed", "field", element, a.get(key), b.get(key), key)
        _compare_bounds(out, "field", element, a, b)
        _compare_meta_annotations(out, "field", element, a, b)
        _text_change(out, "field", element, old[name]["text"], new[name]["text"])


def _compare_range(out: _Collector, element: str, a: dict, b: dict, enums_old, enums_new, types) -> None:
    old_r, new_r = a["range"], b["range"]
    if a["range_kind"] == b["range_kind"] == "enum" and old_r in enums_old and new_r in enums_new:
        before, after = set(enums_old[old_r]["values"]), set(enums_new[new_r]["values"])
        if before <= after:
            extra = sorted(after - before)
            detail = f" (+{', '.join(extra)})" if extra else ""
            out.add(COMPATIBLE, "range_widened", "field", element, old_r, new_r, detail)
        else:
            detail = f" (−{', '.join(sorted(before - after))})"
            out.add(BREAKING, "range_narrowed", "field", element, old_r, new_r, detail)
        return
    if a["range_kind"] == b["range_kind"] == "type":
        old_t, new_t = types[0].get(old_r, {}), types[1].get(new_r, {})
        old_base = old_t.get("meta", {}).get("base", old_r)
        new_base = new_t.get("meta", {}).get("base", new_r)
        if old_base == new_base:
            old_p, new_p = old_t.get("meta", {}).get("pattern"), new_t.get("meta", {}).get("pattern")
            kind, example = compare_patterns(old_p, new_p)
            if kind in ("", "pattern_rewritten"):
                out.add(EDITORIAL, "range_changed", "field", element, old_r, new_r)
            elif kind == "pattern_widened":
                out.add(COMPATIBLE, "range_widened", "field", element, old_r, new_r, f" ({new_p or old_base})")
            else:
                detail = f" ({new_p})" + (f": «{example}»" if example else "")
                out.add(BREAKING, "range_narrowed", "field", element, old_r, new_r, detail)
            return
        if (old_base, new_base) in NUMERIC_WIDENING:
            out.add(COMPATIBLE, "range_widened", "field", element, old_r, new_r, "")
            return
    out.add(BREAKING, "range_changed", "field", element, old_r, new_r)


def _compare_bounds(out: _Collector, what: str, element: str, a: dict, b: dict) -> None:
    for key in LOWER_BOUNDS + UPPER_BOUNDS:
        x, y = a.get(key), b.get(key)
        if x == y:
            continue
        lower = key in LOWER_BOUNDS
        if x is None:
            narrowed = True
        elif y is None:
            narrowed = False
        else:
            try:
                narrowed = (float(y) > float(x)) if lower else (float(y) < float(x))
            except (TypeError, ValueError):
                narrowed = True
        out.add(BREAKING if narrowed else COMPATIBLE, "bound_narrowed" if narrowed else "bound_widened",
                what, element, x, y, key)  # fmt: skip


def _compare_meta_annotations(out: _Collector, what: str, element: str, a: dict, b: dict) -> None:
    """Annotations that carry meaning (catalog, applicability, level...): any change breaks."""
    keys = sorted(k for k in set(a) | set(b) if k.startswith("annotations.") and a.get(k) != b.get(k))
    for key in keys:
        out.add(BREAKING, "meaning_changed", what, element, a.get(key), b.get(key), key.split(".", 1)[1])


def _compare_failures(out: _Collector, enum: str, old: dict, new: dict) -> None:
    for code in [c for c in old if c not in new]:
        out.add(BREAKING, "removed", "failure", code)
    for code in [c for c in new if c not in old]:
        out.add(COMPATIBLE, "added", "failure", code)
    for code in [c for c in old if c in new]:
        a, b = old[code]["meta"], new[code]["meta"]
        for key in sorted(set(a) | set(b)):
            if a.get(key) == b.get(key):
                continue
            if key == "severidad" and a.get(key) in SEVERITY_RANK and b.get(key) in SEVERITY_RANK:
                raised = SEVERITY_RANK[b[key]] > SEVERITY_RANK[a[key]]
                out.add(BREAKING if raised else COMPATIBLE, "severity_raised" if raised else "severity_lowered",
                        "failure", code, a[key], b[key])  # fmt: skip
            else:
                out.add(BREAKING, "failure_reused", "failure", code, a.get(key), b.get(key), key)
        _text_change(out, "failure", code, old[code]["text"], new[code]["text"])


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from snapshot `old` to snapshot `new`, classified; merged across classes."""
    out = _Collector()
    # Types
    for name in _added_removed(out, "type", old["types"], new["types"]):
        a, b = old["types"][name]["meta"], new["types"][name]["meta"]
        if a["base"] != b["base"]:
            out.add(BREAKING, "base_changed", "type", name, a["base"], b["base"])
        if a["pattern"] != b["pattern"]:
            kind, example = compare_patterns(a["pattern"], b["pattern"])
            level = EDITORIAL if kind == "pattern_rewritten" else COMPATIBLE if kind == "pattern_widened" else BREAKING
            out.add(level, kind, "type", name, a["pattern"], b["pattern"], example)
        _compare_bounds(out, "type", name, a, b)
        _text_change(out, "type", name, old["types"][name]["text"], new["types"][name]["text"])
    # Enums and their values (the failure catalog is an enum with its own rules)
    for name in _added_removed(out, "enum", old["enums"], new["enums"]):
        a, b = old["enums"][name], new["enums"][name]
        _text_change(out, "enum", name, a["text"], b["text"])
        if a["failures"] or b["failures"]:
            _compare_failures(out, name, a["values"], b["values"])
            continue
        for code in _added_removed(out, "value", a["values"], b["values"], prefix=f"{name}."):
            va, vb = a["values"][code]["meta"], b["values"][code]["meta"]
            for key in sorted(set(va) | set(vb)):
                if va.get(key) != vb.get(key):
                    out.add(BREAKING, "meaning_changed", "value", f"{name}.{code}", va.get(key), vb.get(key), key)
            _text_change(out, "value", f"{name}.{code}", a["values"][code]["text"], b["values"][code]["text"])
    # Slots: their text, once (structure is compared per class, as fields)
    for name in [n for n in old["slots"] if n in new["slots"]]:
        _text_change(out, "slot", name, old["slots"][name]["text"], new["slots"][name]["text"])
    # Classes and their fields
    for name in _added_removed(out, "class", old["classes"], new["classes"]):
        a, b = old["classes"][name], new["classes"][name]
        ma, mb = a["meta"], b["meta"]
        if (ma["is_a"], ma["mixins"]) != (mb["is_a"], mb["mixins"]):
            out.add(BREAKING, "parent_changed", "class", name, [ma["is_a"], *ma["mixins"]], [mb["is_a"], *mb["mixins"]])
        if ma["abstract"] != mb["abstract"]:
            out.add(BREAKING if mb["abstract"] else COMPATIBLE, "abstract_changed", "class", name,
                    ma["abstract"], mb["abstract"])  # fmt: skip
        if ma["rules"] != mb["rules"]:
            fewer = mb["rules"] is None or (ma["rules"] is not None and all(r in ma["rules"] for r in mb["rules"]))
            out.add(COMPATIBLE if fewer else BREAKING, "rules_removed" if fewer else "rules_changed", "class", name)
        other = {k: v for k, v in ma.items() if k not in ("is_a", "mixins", "abstract", "rules")}
        other_b = {k: v for k, v in mb.items() if k not in ("is_a", "mixins", "abstract", "rules")}
        for key in sorted(set(other) | set(other_b)):
            if other.get(key) != other_b.get(key):
                out.add(BREAKING, "meaning_changed", "class", name, other.get(key), other_b.get(key), key)
        _text_change(out, "class", name, a["text"], b["text"])
        _compare_fields(out, name, a["fields"], b["fields"], old["enums"], new["enums"], (old["types"], new["types"]))
    return _merge_fields(out.changes)


def _merge_fields(changes: list[Change]) -> list[Change]:
    """The same change to a slot in several classes is one change that names those classes."""
    merged: dict[tuple, Change] = {}
    out: list[Change] = []
    for change in changes:
        if change.what != "field":
            out.append(change)
            continue
        cls, _, slot = change.element.partition(".")
        key = (change.level, change.kind, slot, json.dumps([change.old, change.new, change.detail], default=str))
        if key in merged:
            merged[key].classes.append(cls)
            continue
        change.element, change.classes = slot, [cls]
        merged[key] = change
        out.append(change)
    for change in out:
        if change.what == "field" and len(change.classes) == 1:
            change.element, change.classes = f"{change.classes[0]}.{change.element}", []
    order = {level: i for i, level in enumerate(LEVELS)}
    return sorted(out, key=lambda c: (order[c.level], c.what, c.element, c.kind))


# --------------------------------------------------------------------------- versions


def parse_version(text: str) -> tuple[int, int, int]:
    m = re.match(r"^v?(\d+)\.(\d+)\.(\d+)", str(text).strip())
    return (int(m[1]), int(m[2]), int(m[3])) if m else (0, 0, 0)


def declared_bump(old: str, new: str) -> str:
    a, b = parse_version(old), parse_version(new)
    if b[0] > a[0]:
        return "major"
    if b[:1] == a[:1] and b[1] > a[1]:
        return "minor"
    if b[:2] == a[:2] and b[2] > a[2]:
        return "patch"
    return "none"


def suggested_version(old: str, bump: str) -> str:
    major, minor, patch = parse_version(old)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor}.{patch}"


@dataclass
class DiffResult:
    old_ref: str
    new_ref: str
    old_version: str
    new_version: str
    changes: list[Change]

    def count(self, level: str) -> int:
        return sum(c.level == level for c in self.changes)

    @property
    def required_bump(self) -> str:
        for level in LEVELS:
            if self.count(level):
                return BUMP[level]
        return "none"

    @property
    def declared_bump(self) -> str:
        return declared_bump(self.old_version, self.new_version)

    @property
    def version_ok(self) -> bool:
        return BUMP_RANK[self.declared_bump] >= BUMP_RANK[self.required_bump]

    @property
    def suggested_version(self) -> str:
        return suggested_version(self.old_version, self.required_bump)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": {"ref": self.old_ref, "version": self.old_version},
            "new": {"ref": self.new_ref, "version": self.new_version},
            "counts": {level: self.count(level) for level in LEVELS},
            "required_bump": self.required_bump,
            "declared_bump": self.declared_bump,
            "suggested_version": self.suggested_version,
            "version_ok": self.version_ok,
            "changes": [c.to_dict() for c in self.changes],
        }


HEADINGS = {
    BREAKING: ("Cambios incompatibles", "Breaking changes"),
    COMPATIBLE: ("Cambios compatibles", "Compatible changes"),
    EDITORIAL: ("Cambios editoriales", "Editorial changes"),
}


def render_text(result: DiffResult, lang: str = "es") -> list[tuple[str, str | None]]:
    """(line, colour) pairs; the CLI styles and prints them."""
    colours = {BREAKING: "red", COMPATIBLE: "green", EDITORIAL: "blue"}
    lines: list[tuple[str, str | None]] = [
        (f"{result.old_ref} ({result.old_version}) → {result.new_ref} ({result.new_version})", None)
    ]
    for level in LEVELS:
        group = [c for c in result.changes if c.level == level]
        if not group:
            continue
        title = HEADINGS[level][0 if lang == "es" else 1]
        lines += [("", None), (f"{title} ({len(group)})", colours[level])]
        lines += [(f"  [{c.kind}] {c.message(lang)}", None) for c in group]
    counts = {level: result.count(level) for level in LEVELS}
    if lang == "es":
        bump = BUMP_NAMES_ES
        summary = (
            f"{counts[BREAKING]} incompatibles, {counts[COMPATIBLE]} compatibles, {counts[EDITORIAL]} editoriales. "
            f"Cambio de versión requerido: {bump[result.required_bump]}; declarado: {bump[result.declared_bump]} "
            f"({result.old_version} → {result.new_version}). Versión sugerida: {result.suggested_version}."
        )
    else:
        summary = (
            f"{counts[BREAKING]} breaking, {counts[COMPATIBLE]} compatible, {counts[EDITORIAL]} editorial. "
            f"Required version bump: {result.required_bump}; declared: {result.declared_bump} "
            f"({result.old_version} → {result.new_version}). Suggested version: {result.suggested_version}."
        )
    lines += [("", None), (summary, None if result.version_ok else "red")]
    return lines


def render_changelog(result: DiffResult, version: str | None = None) -> str:
    """A bilingual Markdown fragment for changelog/<version>.md (the site's changelog page)."""
    version = version or result.new_version
    out = [
        f"## {version}",
        "",
        f"*Comparada con / compared with {result.old_version}: cambio {BUMP_NAMES_ES[result.required_bump]} / "
        f"{result.required_bump} bump.*",
    ]
    for level in LEVELS:
        group = [c for c in result.changes if c.level == level]
        if not group:
            continue
        es, en = HEADINGS[level]
        out += ["", f"### {es} / {en}", ""]
        out += [f"- {c.message('es')}\n  *{c.message('en')}*" for c in group]
    if not result.changes:
        out += ["", "Sin cambios en los modelos. / No model changes."]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- loading


class DiffInputError(Exception):
    """A version that cannot be found or loaded (a usage error, exit code 2)."""


def _schema_folder(folder: Path) -> Path | None:
    for candidate in (folder, folder / "schemas"):
        if (candidate / "vdm.yaml").is_file():
            return candidate
    return None


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True)


def materialize(ref: str, repo: Path, workdir: Path) -> tuple[Path, str]:
    """The schema folder for `ref`: an existing folder, or a git revision extracted into workdir."""
    path = Path(ref)
    if path.is_dir():
        found = _schema_folder(path)
        if found is None:
            raise DiffInputError(f"{ref}: no hay vdm.yaml en la carpeta / no vdm.yaml in the folder")
        return found, ref
    top = _git(repo, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise DiffInputError(f"{ref}: no es carpeta ni revisión de git / neither a folder nor a git revision")
    toplevel = Path(top.stdout.decode().strip())
    rev = _git(toplevel, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if rev.returncode != 0:
        raise DiffInputError(f"{ref}: no es carpeta ni revisión de git / neither a folder nor a git revision")
    prefix = "schemas"
    archive = _git(toplevel, "archive", "--format=tar", rev.stdout.decode().strip(), prefix)
    if archive.returncode != 0:
        raise DiffInputError(f"{ref}: la revisión no tiene {prefix}/ / the revision has no {prefix}/")
    target = workdir / re.sub(r"[^A-Za-z0-9._-]", "_", ref)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    found = _schema_folder(target / prefix)
    if found is None:
        raise DiffInputError(f"{ref}: no hay {prefix}/vdm.yaml en esa revisión / no {prefix}/vdm.yaml at that revision")
    return found, ref


def _load(folder: Path, ref: str) -> dict[str, Any]:
    import yaml

    for path in sorted(folder.rglob("*.yaml")):
        try:
            yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            where = f"{path.name}:{mark.line + 1}:{mark.column + 1}" if mark else path.name
            raise DiffInputError(f"{ref}: {where}: YAML inválido / invalid YAML: {exc.problem}") from None
    try:
        return snapshot(folder)
    except Exception as exc:  # LinkML cannot load this version
        raise DiffInputError(f"{ref}: no se pudo cargar el modelo / the model could not be loaded: {exc}") from None


def diff(old_ref: str, new_ref: str, repo: Path | None = None) -> DiffResult:
    """Compare two versions of the models, each a folder or a git revision of `repo`."""
    repo = repo or Path.cwd()
    with tempfile.TemporaryDirectory(prefix="vdm-diff-") as tmp:
        old_dir, _ = materialize(old_ref, repo, Path(tmp) / "old")
        new_dir, _ = materialize(new_ref, repo, Path(tmp) / "new")
        old, new = _load(old_dir, old_ref), _load(new_dir, new_ref)
    return DiffResult(old_ref, new_ref, old["version"], new["version"], compare(old, new))


def changed_elements(changes: Iterable[Change]) -> set[str]:
    return {c.element for c in changes}
