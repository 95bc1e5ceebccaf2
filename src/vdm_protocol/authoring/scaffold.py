"""`vdm new dataset NAME`: the skeleton of a new dataset, so a workshop can add one in minutes.

It writes the model module (schemas/datasets/<module>.yaml, a ConjuntoDatos subclass with
the bilingual fields and annotations every dataset needs), imports it from vdm.yaml,
adds its value to TipoConjuntoDatos, and creates its examples folder (one valid, one
invalid) and its docs pages (es/en). Every text is a sentence for the workshop to
replace, never an empty field: the result passes `vdm lint` as it is.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from .sheets import _yaml

CLASS_NAME = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$")


class ScaffoldError(ValueError):
    def __init__(self, es: str, en: str) -> None:
        self.es, self.en = es, en
        super().__init__(en)


def module_name(class_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()


@dataclass
class ScaffoldResult:
    created: list[Path] = field(default_factory=list)
    modified: list[Path] = field(default_factory=list)


MODULE_TEMPLATE = """id: https://w3id.org/vdm-protocol/datasets/{module}
name: {module}
title: Conjunto de datos {name}
description: >-
  Describa aquí, en español, qué datos reúne el conjunto {name}, quién los tiene y
  para qué trámite se piden.
in_language: es
annotations:
  label_en: {name} dataset
  description_en: >-
    Describe here, in English, what data the {name} dataset gathers, who holds them
    and for which procedure they are requested.
prefixes:
  linkml: https://w3id.org/linkml/
  vdm: https://w3id.org/vdm-protocol/
default_prefix: vdm
default_range: string
imports:
  - linkml:types
  - ../tipos
  - ../catalogos
  - ../datos_maestros
  - ../nucleo
  - ../intercambio

classes:
  {name}:
    title: {name}
    description: >-
      Describa el conjunto de datos {name}: su contenido y su fuente autoritativa.
    is_a: ConjuntoDatos
    slots: [emisor, fecha_emision, vigente_hasta]
    slot_usage:
      emisor: {{required: true}}
      fecha_emision: {{required: true}}
    annotations:
      label_en: {name}
      description_en: >-
        Describe the {name} dataset: its content and its authoritative source.
      proveedor: Nombre de la dependencia que provee los datos
      nivel_gobierno: {level}
      tramite_consumidor: Nombre del trámite que consume los datos
      version: 1.0.0
"""

DOC_ES = """# {name}

Página del conjunto de datos `{name}` (módulo `schemas/datasets/{module}.yaml`).

- **Trámite que lo consume:** por definir en el taller.
- **Dependencia que lo provee:** por definir en el taller.
- **Nivel de gobierno:** {level}.
- **Datos maestros que usa:** `emisor`, `fecha_emision`, `vigente_hasta`.

Ejemplo mínimo:

```json
{example}
```
"""

DOC_EN = """# {name}

Page of the `{name}` dataset (module `schemas/datasets/{module}.yaml`).

- **Consuming procedure:** to be agreed in the workshop.
- **Providing agency:** to be agreed in the workshop.
- **Level of government:** {level}.
- **Master data it uses:** `emisor`, `fecha_emision`, `vigente_hasta`.

Minimal example:

```json
{example}
```
"""


def new_dataset(repo: Path, name: str, level: str = "estatal") -> ScaffoldResult:
    if not CLASS_NAME.match(name):
        raise ScaffoldError(
            f"'{name}' no es un nombre de clase: UpperCamelCase ASCII de dos o más palabras (PermisoConstruccion)",
            f"'{name}' is not a class name: ASCII UpperCamelCase of two words or more (e.g. PermisoConstruccion)",
        )
    if level not in ("federal", "estatal", "municipal"):
        raise ScaffoldError(f"nivel desconocido: {level}", f"unknown level: {level}")
    schemas = repo / "schemas"
    module = module_name(name)
    target = schemas / "datasets" / f"{module}.yaml"
    examples = repo / "examples" / name
    if target.exists() or examples.exists() or name in (schemas / "intercambio.yaml").read_text(encoding="utf-8"):
        raise ScaffoldError(f"ya existe un conjunto de datos {name}", f"a dataset {name} already exists")
    result = ScaffoldResult()
    y = _yaml()

    target.write_text(MODULE_TEMPLATE.format(module=module, name=name, level=level), encoding="utf-8")
    result.created.append(target)

    root_path = schemas / "vdm.yaml"
    root = y.load(root_path.read_text(encoding="utf-8"))
    root["imports"].append(f"datasets/{module}")
    _dump(y, root, root_path)
    result.modified.append(root_path)

    exchange_path = schemas / "intercambio.yaml"
    exchange = y.load(exchange_path.read_text(encoding="utf-8"))
    value = CommentedMap()
    value["title"] = f"{name}"
    value["description"] = f"Conjunto de datos {name} (describa su contenido)."
    annotations = CommentedMap()
    annotations["label_en"] = f"{name} dataset"
    annotations["description_en"] = f"{name} dataset (describe its content)."
    annotations.fa.set_flow_style()
    value["annotations"] = annotations
    exchange["enums"]["TipoConjuntoDatos"]["permissible_values"][name] = value
    _dump(y, exchange, exchange_path)
    result.modified.append(exchange_path)

    example = {
        "tipo": name,
        "version_conjunto": "1.0.0",
        "emisor": "EST-26-SH" if level == "estatal" else "FED-00-SAT" if level == "federal" else "MUN-26030-TESORERIA",
        "fecha_emision": "2026-03-02T10:15:00-07:00",
        "vigente_hasta": "2027-03-01",
    }
    valid = examples / "valid" / "minimo.json"
    invalid = examples / "invalid" / "VDM204--falta-version-conjunto.json"
    valid.parent.mkdir(parents=True)
    invalid.parent.mkdir(parents=True)
    valid.write_text(json.dumps(example, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    broken = {k: v for k, v in example.items() if k != "version_conjunto"}
    invalid.write_text(json.dumps(broken, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result.created += [valid, invalid]

    text = json.dumps(example, ensure_ascii=False, indent=2)
    for lang, template in (("es", DOC_ES), ("en", DOC_EN)):
        doc = repo / "docs" / "datasets" / (f"{module}.md" if lang == "es" else f"{module}.en.md")
        doc.parent.mkdir(parents=True, exist_ok=True)
        doc.write_text(template.format(name=name, module=module, level=level, example=text), encoding="utf-8")
        result.created.append(doc)
    return result


def _dump(y, data, path: Path) -> None:
    buf = io.StringIO()
    y.dump(data, buf)
    path.write_text(buf.getvalue(), encoding="utf-8")
