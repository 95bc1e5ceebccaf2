"""`vdm lint`: a deliberately broken model gets located, bilingual problems; YAML errors too."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from vdm_protocol.authoring.lint import Linter


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A copy of the repository's models with one problem of each kind."""
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    shutil.copytree(ROOT / "master_data", tmp_path / "master_data")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    nucleo = tmp_path / "schemas" / "nucleo.yaml"
    text = nucleo.read_text(encoding="utf-8")
    text = text.replace(
        "      label_en: Contact\n      description_en: Contact details of a person.\n",
        "      description_en: Contact details of a person.\n",
        1,
    )
    text = text.replace("  Domicilio:\n    title: Domicilio\n", "  domicilio_malo:\n    title: Domicilio\n", 1)
    text = text.replace("exact_mappings: [locn:Address]", "exact_mappings: [geo:Address]", 1)
    nucleo.write_text(text, encoding="utf-8")
    fallas = tmp_path / "schemas" / "fallas.yaml"
    fallas.write_text(
        fallas.read_text(encoding="utf-8").replace("          mapeo_xroad: Client.InvalidMessage\n", "", 1),
        encoding="utf-8",
    )
    shutil.rmtree(tmp_path / "examples" / "RegistroArtesano" / "invalid")
    return tmp_path


def _problems(root: Path):
    return Linter(root / "schemas", root).run(with_linkml=False)


def test_clean_model_has_no_problem():
    assert [p.text("en") for p in Linter(ROOT / "schemas", ROOT).run(ROOT / ".linkmllint.yaml")] == []


def test_broken_model_problems_are_located_and_bilingual(broken):
    problems = _problems(broken)
    by_rule = {p.rule: p for p in problems}
    assert {
        "bilingue-faltante",
        "nombre-no-convencional",
        "prefijo-no-declarado",
        "falla-incompleta",
        "dataset-sin-ejemplos",
    } <= set(by_rule)
    nucleo_lines = (broken / "schemas" / "nucleo.yaml").read_text(encoding="utf-8").splitlines()
    naming = by_rule["nombre-no-convencional"]
    assert naming.file.name == "nucleo.yaml"
    assert nucleo_lines[naming.line - 1].strip() == "domicilio_malo:"
    assert naming.column == 3
    prefix = by_rule["prefijo-no-declarado"]
    assert "geo:Address" in nucleo_lines[prefix.line - 1]
    bilingual = by_rule["bilingue-faltante"]
    assert nucleo_lines[bilingual.line - 1].strip() == "Contacto:"
    assert "etiqueta en inglés" in bilingual.message.es and "English label" in bilingual.message.en
    assert by_rule["falla-incompleta"].file.name == "fallas.yaml"
    assert "mapeo_xroad" in by_rule["falla-incompleta"].message.en


def test_yaml_syntax_error_is_located(broken):
    target = broken / "schemas" / "tipos.yaml"
    lines = target.read_text(encoding="utf-8").splitlines()
    lines[40] = lines[40] + ": : ["
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = [p for p in _problems(broken) if p.rule == "yaml-invalido"]
    assert problem.file.name == "tipos.yaml" and problem.line in (41, 42)
    assert problem.message.es.startswith("YAML inválido") and problem.message.en.startswith("invalid YAML")


def test_cli_exit_codes_and_languages(broken):
    cmd = [sys.executable, "-m", "vdm_protocol.cli", "lint", "--no-linkml"]
    es = subprocess.run([*cmd, str(broken / "schemas")], capture_output=True, text=True)
    en = subprocess.run(
        [*cmd, "--lang", "en", "--format", "json", str(broken / "schemas")], capture_output=True, text=True
    )
    assert es.returncode == 1 and en.returncode == 1
    assert "nucleo.yaml:" in es.stdout and "errores" in es.stdout and "Traceback" not in es.stderr
    rows = json.loads(en.stdout)
    assert {"file", "line", "column", "rule", "severity", "message"} <= set(rows[0])
    assert subprocess.run([*cmd, str(broken / "nada")], capture_output=True).returncode == 2


def test_models_linted_outside_a_checkout_use_the_installed_catalogs(tmp_path):
    """A workshop copy of schemas/ alone: no false catalog errors, and one warning that examples went unchecked."""
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    problems = _problems(tmp_path)
    assert [(p.rule, p.severity) for p in problems] == [("ejemplos-no-encontrados", "warning")]
    assert "examples/" in problems[0].message.es and "examples/" in problems[0].message.en


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    shutil.copytree(ROOT / "master_data", tmp_path / "master_data")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


def test_failure_variant_values_are_checked(model_copy):
    fallas = model_copy / "schemas" / "fallas.yaml"
    text = fallas.read_text(encoding="utf-8")
    for old, new in (
        ("          severidad: error\n", "          severidad: critical\n"),
        ("          reintentable: false\n", "          reintentable: maybe\n"),
        ("          estado_http: 400\n", "          estado_http: 999\n"),
        ("          categoria: sintaxis\n", "          categoria: sintax\n"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    fallas.write_text(text, encoding="utf-8")
    found = [p for p in _problems(model_copy) if p.rule == "falla-incompleta"]
    assert len(found) == 4 and all(p.file == fallas and p.line > 1 for p in found)
    joined = " ".join(p.message.en for p in found)
    for word in ("critical", "maybe", "estado_http", "sintax"):
        assert word in joined


def test_yaml_syntax_error_detail_is_spanish(model_copy):
    tipos = model_copy / "schemas" / "tipos.yaml"
    tipos.write_text("types:\n  Curp:\n    pattern: a\n   base: str\n", encoding="utf-8")
    (problem,) = [p for p in _problems(model_copy) if p.rule == "yaml-invalido"]
    assert problem.file == tipos and problem.line == 4
    assert "la sangría no cierra el bloque" in problem.message.es
    assert "expected <block end>" in problem.message.en


def test_linkml_load_failure_is_located_at_the_element(model_copy):
    nucleo = model_copy / "schemas" / "nucleo.yaml"
    text = nucleo.read_text(encoding="utf-8")
    nucleo.write_text(text.replace("    slots: [tipo, curp, nombre,", "    slots: [tipo, curp, FirstName, nombre,", 1))
    problems = Linter(model_copy / "schemas", model_copy).run(model_copy / ".linkmllint.yaml")
    (load,) = [p for p in problems if p.rule == "linkml-carga"]
    assert load.file == nucleo and load.line > 1 and "FirstName" in load.message.es
