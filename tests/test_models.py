"""The LinkML models: bilingual, lint-clean, named by the conventions, master data complete."""

from __future__ import annotations

import csv
import re
import subprocess
import sys

from conftest import MASTER_DATA, ROOT, SCHEMAS

from vdm_protocol.generate.model import annotation, description_en, description_es, label_en, label_es

ASCII_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
ASCII_CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def _elements(view):
    for kind, elements in (
        ("class", view.all_classes(imports=True)),
        ("slot", view.all_slots(imports=True)),
        ("enum", view.all_enums(imports=True)),
        ("type", view.all_types(imports=False)),
    ):
        for name, element in elements.items():
            if element.from_schema and "linkml" in element.from_schema and "vdm-protocol" not in element.from_schema:
                continue
            yield kind, name, element
    for name, enum in view.all_enums(imports=True).items():
        for code, pv in (enum.permissible_values or {}).items():
            yield "permissible value", f"{name}.{code}", pv


def test_every_element_is_bilingual(model):
    gaps = []
    for kind, name, element in _elements(model.view):
        for what, text in (
            ("title (es)", label_es(element)),
            ("description (es)", description_es(element)),
            ("label_en", label_en(element)),
            ("description_en", description_en(element)),
        ):
            if not str(text).strip():
                gaps.append(f"{kind} {name}: missing {what}")
    assert not gaps, "\n".join(gaps[:50])
    assert len(list(_elements(model.view))) > 300


def test_every_module_is_bilingual(model):
    model.view.imports_closure()
    assert len(model.view.schema_map) >= 15
    for name, schema in model.view.schema_map.items():
        if name.startswith("linkml:"):
            continue
        assert schema.title and schema.description, name
        assert annotation(schema, "label_en") and annotation(schema, "description_en"), name


def test_names_are_spanish_ascii(model):
    view = model.view
    bad = []
    for name in view.all_classes(imports=True):
        if not ASCII_CAMEL.match(name):
            bad.append(f"class {name}")
    for name in view.all_enums(imports=True):
        if not ASCII_CAMEL.match(name):
            bad.append(f"enum {name}")
    for name, _slot in view.all_slots(imports=True).items():
        if not ASCII_SNAKE.match(name):
            bad.append(f"slot {name}")
    for enum_name, enum in view.all_enums(imports=True).items():
        for code in enum.permissible_values or {}:
            if not code.isascii() or " " in code:
                bad.append(f"value {enum_name}.{code}")
    assert not bad, bad


def test_linkml_lint_is_clean():
    lint = ROOT / ".venv" / "bin" / "linkml-lint"
    cmd = [str(lint)] if lint.exists() else [sys.executable, "-m", "linkml.linter.cli"]
    proc = subprocess.run(
        [*cmd, "-c", str(ROOT / ".linkmllint.yaml"), str(SCHEMAS / "vdm.yaml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No problems found" in proc.stdout


def test_root_imports_every_module(model):
    import yaml

    model.view.imports_closure()
    imported = {schema.name for schema in model.view.schema_map.values()}
    for path in SCHEMAS.rglob("*.yaml"):
        name = yaml.safe_load(path.read_text(encoding="utf-8"))["name"]
        assert name in imported, f"{path.name} is not imported by vdm.yaml"


def test_master_data_elements(model):
    slots = model.master_data_slots()
    assert len(slots) >= 20
    for slot in slots:
        for key in ("fuente_autoritativa", "catalogo", "obligatorio"):
            assert annotation(slot, key) not in (None, ""), f"{slot.name}: {key}"
        assert slot.examples, slot.name
        catalog = str(annotation(slot, "catalogo"))
        assert catalog == "ninguno" or catalog.startswith("enumeración ") or catalog in model.catalogs.index, catalog


def test_master_data_elements_map_to_international_vocabularies(model):
    international = ("schema:", "foaf:", "person:", "locn:", "rov:", "org:", "cpsv:", "cv:", "dct:", "adms:")
    for slot in model.master_data_slots():
        mappings = [*(slot.exact_mappings or []), *(slot.close_mappings or []), *(slot.related_mappings or [])]
        assert any(m.startswith(international) for m in mappings), slot.name


def _csv(name):
    with (MASTER_DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_state_enum_equals_inegi_catalog(model):
    enum = model.view.get_enum("EntidadFederativa")
    rows = _csv("inegi_entidades.csv")
    assert {c: pv.title for c, pv in enum.permissible_values.items()} == {r["cve_ent"]: r["nom_ent"] for r in rows}


def test_tax_regime_enum_equals_sat_catalog(model):
    enum = model.view.get_enum("RegimenFiscal")
    rows = {r["c_regimen_fiscal"]: r for r in _csv("sat_c_regimen_fiscal.csv")}
    assert set(enum.permissible_values) == set(rows)
    for code, pv in enum.permissible_values.items():
        assert pv.title == rows[code]["descripcion"]
        assert annotation(pv, "aplica_persona_fisica") == (rows[code]["aplica_persona_fisica"] == "1")
        assert annotation(pv, "aplica_persona_moral") == (rows[code]["aplica_persona_moral"] == "1")


def test_curp_state_enum_equals_renapo_catalog(model):
    enum = model.view.get_enum("EntidadNacimientoCurp")
    rows = {r["curp_code"]: r for r in _csv("renapo_curp_entidad_nacimiento.csv")}
    assert set(enum.permissible_values) == set(rows)
    for code, pv in enum.permissible_values.items():
        assert annotation(pv, "inegi_cve_ent") == rows[code]["inegi_cve_ent"]


def test_catalog_index_matches_files(catalogs):
    for info in catalogs.index.values():
        path = MASTER_DATA / info.file
        assert path.is_file(), info.file
        if path.suffix == ".csv":
            assert len(_csv(info.file)) == info.rows, info.name
    assert (MASTER_DATA / "PROVENANCE.md").is_file()


def test_patterns_are_anchored_and_portable(model):
    for name, t in model.view.all_types(imports=False).items():
        if t.pattern:
            assert t.pattern.startswith("^") and t.pattern.endswith("$"), name
            assert "\\Z" not in t.pattern and "\\A" not in t.pattern, name
