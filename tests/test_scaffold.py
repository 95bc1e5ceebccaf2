"""`vdm new dataset`: a scaffold that lints clean, loads in LinkML and validates its own example."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema_rs
import pytest
from conftest import ROOT

from vdm_protocol.authoring.lint import Linter


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for folder in ("schemas", "master_data", "examples", "docs"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.js"))
    return tmp_path


def test_new_dataset_scaffold(repo):
    cmd = [sys.executable, "-m", "vdm_protocol.cli", "new", "dataset", "PermisoConstruccion", "--level", "municipal"]
    out = subprocess.run(cmd, cwd=repo, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert (repo / "schemas/datasets/permiso_construccion.yaml").is_file()
    assert (repo / "examples/PermisoConstruccion/valid/minimo.json").is_file()
    assert (repo / "docs/datasets/permiso_construccion.en.md").is_file()
    assert "datasets/permiso_construccion" in (repo / "schemas/vdm.yaml").read_text()
    assert [p.text("en") for p in Linter(repo / "schemas", repo).run(ROOT / ".linkmllint.yaml")] == []

    from vdm_protocol.generate.jsonschema import build
    from vdm_protocol.generate.model import Model

    schema = build(Model.load(repo / "schemas"))
    validator = jsonschema_rs.Draft201909Validator({"$defs": schema["$defs"], "$ref": "#/$defs/PermisoConstruccion"})
    assert validator.is_valid(json.loads((repo / "examples/PermisoConstruccion/valid/minimo.json").read_text()))
    invalid = repo / "examples/PermisoConstruccion/invalid/VDM204--falta-version-conjunto.json"
    assert not validator.is_valid(json.loads(invalid.read_text()))
    assert "PermisoConstruccion" in schema["$defs"]["TipoConjuntoDatos"]["enum"]


def test_bad_or_existing_names_are_usage_errors(repo):
    cmd = [sys.executable, "-m", "vdm_protocol.cli", "new", "dataset"]
    assert subprocess.run([*cmd, "permiso"], cwd=repo, capture_output=True).returncode == 2
    assert subprocess.run([*cmd, "RegistroCurp"], cwd=repo, capture_output=True).returncode == 2
