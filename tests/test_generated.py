"""The generated artifacts: fresh, deterministic, parseable, valid, and strict about patterns."""

from __future__ import annotations

import importlib
import json

import jsonschema
import jsonschema_rs
import pytest
from rdflib import Graph

from vdm_protocol.paths import GENERATED_DIR


def test_generated_artifacts_are_fresh(model):
    from vdm_protocol.generate import generate_all

    result = generate_all(model, check=True)
    assert result.clean, f"stale={result.stale} missing={result.missing} orphaned={result.orphaned}"


@pytest.mark.parametrize("name", sorted(p.relative_to(GENERATED_DIR).as_posix() for p in GENERATED_DIR.rglob("*.ttl")))
def test_turtle_parses(name):
    graph = Graph().parse(GENERATED_DIR / name, format="turtle")
    assert len(graph) > 50


def test_owl_has_bilingual_labels_and_mappings():
    graph = Graph().parse(GENERATED_DIR / "vdm.owl.ttl", format="turtle")
    labels = {(str(s), o.language) for s, o in graph.subject_objects(predicate=None) if getattr(o, "language", None)}
    curp = "https://w3id.org/vdm-protocol/curp"
    assert (curp, "es") in labels and (curp, "en") in labels
    text = (GENERATED_DIR / "vdm.owl.ttl").read_text(encoding="utf-8")
    assert "schema:taxID" in text or "http://schema.org/taxID" in text


def test_json_schema_is_valid_against_its_metaschema():
    schema = json.loads((GENERATED_DIR / "vdm.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft201909Validator.check_schema(schema)
    assert "PersonaFisica" in schema["$defs"]


def test_json_schema_is_closed():
    schema = json.loads((GENERATED_DIR / "vdm.schema.json").read_text(encoding="utf-8"))
    for name, d in schema["$defs"].items():
        if d.get("type") == "object":
            assert d.get("additionalProperties") is False, name


def test_large_catalogs_are_not_pasted_into_json_schema():
    text = (GENERATED_DIR / "vdm.schema.json").read_text(encoding="utf-8")
    assert "Hermosillo" not in text  # municipalities are referenced, not enumerated
    assert "Cultivo de soya" not in text  # SCIAN classes likewise


def test_jsonld_context_parses():
    ctx = json.loads((GENERATED_DIR / "vdm.context.jsonld").read_text(encoding="utf-8"))
    assert "@context" in ctx and "curp" in ctx["@context"]


def _curp_validator():
    schema = json.loads((GENERATED_DIR / "vdm.schema.json").read_text(encoding="utf-8"))
    return jsonschema_rs.Draft201909Validator({"$defs": schema["$defs"], "$ref": "#/$defs/PersonaFisica"})


PERSON = {
    "tipo": "PersonaFisica",
    "curp": "BOXW310820HNERXN09",
    "nombre": "WENCESLAO",
    "primer_apellido": "BOXO",
    "fecha_nacimiento": "1931-08-20",
    "sexo": "H",
    "entidad_nacimiento": "NE",
}


def test_json_schema_engine_rejects_trailing_newline():
    validator = _curp_validator()
    assert validator.is_valid(PERSON)
    assert not validator.is_valid({**PERSON, "curp": PERSON["curp"] + "\n"})
    assert not validator.is_valid({**PERSON, "nombre": "WENCESLAO\n"})


def test_pydantic_module_imports_and_rejects_trailing_newline():
    from pydantic import ValidationError

    module = importlib.import_module("vdm_protocol.generated.vdm_pydantic")
    person = module.PersonaFisica(**PERSON)
    assert person.curp == PERSON["curp"]
    with pytest.raises(ValidationError):
        module.PersonaFisica(**{**PERSON, "curp": PERSON["curp"] + "\n"})
    with pytest.raises(ValidationError):
        module.PersonaFisica(**{**PERSON, "curp": "boxw310820hnerxn09"})
    with pytest.raises(ValidationError):
        module.PersonaMoral(
            rfc="MAB9307148T4\n",
            denominacion_razon_social="X",
            fecha_constitucion="1993-07-14",
            regimenes_fiscales=["601"],
            domicilio_fiscal={
                "entidad_federativa": "26",
                "municipio": "030",
                "codigo_postal": "83000",
                "calle": "A",
                "numero_exterior": "1",
            },
        )


def test_master_data_table_is_complete():
    import csv

    from vdm_protocol.generate.master_table import COLUMNS

    with (GENERATED_DIR / "datos_maestros.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 20
    assert list(rows[0]) == [c[0] for c in COLUMNS]
    for row in rows:
        empty = [k for k, v in row.items() if not v.strip()]
        assert not empty, f"{row['elemento']}: {empty}"
    md = (GENERATED_DIR / "datos_maestros.md").read_text(encoding="utf-8")
    assert md.count("\n| `") == len(rows)


def test_generated_package_does_not_need_linkml():
    import subprocess
    import sys

    code = (
        "import sys, vdm_protocol\n"
        'r = vdm_protocol.validate(b\'{"tipo": "Contacto", "correo_electronico": "a@b.mx"}\')\n'
        "assert r.passed(), r\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('linkml', 'linkml_runtime')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_non_personal_slots_come_from_the_model(model):
    from vdm_protocol.masking import protocol_fields

    marked = {name for name, slot in model.view.all_slots().items() if "dato_personal" in (slot.annotations or {})}
    assert protocol_fields() == marked  # modelo.json carries exactly the annotated slots
    assert {"id_mensaje", "digesto_sha256", "clave_dependencia", "finalidad"} <= marked
    personal = {"curp", "rfc", "nombre", "primer_apellido", "fecha_nacimiento", "sexo", "calle", "codigo_postal"}
    assert not personal & marked
