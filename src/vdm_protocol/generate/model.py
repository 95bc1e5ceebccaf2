"""A read-only view of the LinkML models, shared by every generator.

Only the generators (and authoring tools) import this module: it needs LinkML.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from linkml_runtime.utils.schemaview import SchemaView

from ..catalogs import Catalogs
from ..paths import schemas_dir

MASTER_DATA_SUBSET = "datos_maestros_minimos"
ROOT_SCHEMA = "vdm.yaml"


def annotation(element: Any, key: str, default: Any = None) -> Any:
    ann = getattr(element, "annotations", None) or {}
    if key in ann:
        value = ann[key]
        return getattr(value, "value", value)
    return default


def label_es(element: Any) -> str:
    return element.title or ""


def label_en(element: Any) -> str:
    return annotation(element, "label_en", "") or ""


def description_es(element: Any) -> str:
    return " ".join((element.description or "").split())


def description_en(element: Any) -> str:
    return " ".join((annotation(element, "description_en", "") or "").split())


@dataclass
class Model:
    """The loaded root schema plus the catalogs, with the derived facts generators need."""

    schema_dir: Path
    catalogs: Catalogs

    @classmethod
    def load(cls, schema_dir: Path | None = None, catalogs: Catalogs | None = None) -> Model:
        return cls(schema_dir or schemas_dir(), catalogs or Catalogs())

    @property
    def root_path(self) -> Path:
        return self.schema_dir / ROOT_SCHEMA

    @cached_property
    def view(self) -> SchemaView:
        return SchemaView(str(self.root_path))

    @cached_property
    def source_files(self) -> list[Path]:
        """Every input a generator reads: the schema modules and the catalogs."""
        files = sorted(self.schema_dir.rglob("*.yaml"))
        files += sorted(p for p in self.catalogs.folder.iterdir() if p.suffix in (".csv", ".yaml"))
        return files

    @cached_property
    def merged_schema(self):
        """The root schema with every import merged in (for generators that load imports badly)."""
        view = SchemaView(str(self.root_path))
        view.merge_imports()
        return view.schema

    @cached_property
    def json_schema(self) -> dict:
        """The closed JSON Schema of the model (built once; the REST binding reuses it)."""
        from .jsonschema import build

        return build(self)

    def own_classes(self) -> list[str]:
        return sorted(self.view.all_classes(imports=True))

    def type_pattern(self, type_name: str) -> str | None:
        """The pattern of a type, following typeof up to the first one that has one."""
        seen = set()
        while type_name and type_name not in seen:
            seen.add(type_name)
            t = self.view.get_type(type_name)
            if t is None:
                return None
            if t.pattern:
                return t.pattern
            type_name = t.typeof
        return None

    def range_pattern(self, range_name: str | None) -> str | None:
        if range_name and range_name in self.view.all_types():
            return self.type_pattern(range_name)
        return None

    def master_data_slots(self) -> list[Any]:
        """Master-data slots in schema order."""
        return [s for s in self.view.all_slots(imports=True).values() if MASTER_DATA_SUBSET in (s.in_subset or [])]

    def is_enum(self, name: str | None) -> bool:
        return bool(name) and name in self.view.all_enums()

    def is_class(self, name: str | None) -> bool:
        return bool(name) and name in self.view.all_classes()
