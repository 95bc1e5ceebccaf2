"""modelo.json: what the validator needs to know about the model, without LinkML.

Class slots (range, cardinality, catalog reference), labels in both languages, the
payload classes that a ``tipo`` field can name and the slots that hold no personal data
(annotation ``dato_personal: false``, shown unmasked in reports). The engine loads this file once.
"""

from __future__ import annotations

import json

from .model import Model, annotation, description_en, description_es, label_en, label_es

FILE = "modelo.json"


def generate(model: Model) -> dict[str, str]:
    view = model.view
    classes = {}
    for name in model.own_classes():
        cls = view.get_class(name)
        slots = {}
        for slot in view.class_induced_slots(name):
            entry = {
                "range": slot.range,
                "required": bool(slot.required),
                "multivalued": bool(slot.multivalued),
                "label_es": label_es(slot),
                "label_en": label_en(slot),
            }
            catalog = annotation(slot, "catalogo")
            if catalog and catalog != "ninguno":
                entry["catalogo"] = str(catalog)
            if model.is_class(slot.range):
                entry["kind"] = "class"
            elif model.is_enum(slot.range):
                entry["kind"] = "enum"
            else:
                entry["kind"] = "type"
                pattern = model.range_pattern(slot.range)
                if pattern:
                    entry["pattern"] = pattern
            slots[slot.name] = entry
        classes[name] = {
            "label_es": label_es(cls),
            "label_en": label_en(cls),
            "description_es": description_es(cls),
            "description_en": description_en(cls),
            "abstract": bool(cls.abstract),
            "is_a": cls.is_a,
            "typed": "tipo" in slots,
            "slots": slots,
        }
    enums = {
        name: {
            "label_es": label_es(enum),
            "label_en": label_en(enum),
            "values": {
                code: {"label_es": label_es(pv), "label_en": label_en(pv)}
                for code, pv in (enum.permissible_values or {}).items()
            },
        }
        for name, enum in sorted(view.all_enums().items())
    }
    exchange = view.schema_map.get("intercambio")
    versions = annotation(exchange, "versiones_protocolo_soportadas", "") if exchange else ""
    # Slots annotated `dato_personal: false` hold protocol metadata only: reports show their values.
    non_personal = sorted(
        name
        for name, slot in view.all_slots().items()
        if str(annotation(slot, "dato_personal", "")).strip().lower() in ("false", "no")
    )
    index = {
        "non_personal_slots": non_personal,
        "protocol_versions": [v.strip() for v in str(versions).split(",") if v.strip()],
        "schema": view.schema.name,
        "version": view.schema.version,
        "classes": classes,
        "enums": enums,
    }
    return {FILE: json.dumps(index, indent=1, ensure_ascii=False, sort_keys=True) + "\n"}
