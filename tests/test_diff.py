"""`vdm diff`: pairs of model versions for every class of change, and the classification.

The shipped models are copied and edited (one edit per change class) into a new version;
each edit must come out as exactly one change of the expected level and kind, and nothing
else may show up. Pattern containment, renames, the version-bump rule, git revisions, the
changelog fragment and the CLI's exit codes are tested on their own.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import ROOT

from vdm_protocol.authoring import diff as d
from vdm_protocol.cli import cli

SCHEMAS = ROOT / "schemas"


def _edit(folder: Path, module: str, change) -> None:
    path = folder / module
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(SCHEMAS, target)
    return target


@pytest.fixture(scope="module")
def base_snapshot():
    return d.snapshot(SCHEMAS)


def _pv(title: str, label_en: str) -> dict:
    return {"title": title, "description": title, "annotations": {"label_en": label_en, "description_en": label_en}}


# One edit per class of change: (module, edit, expected level, expected kind, element, class or None).
EDITS = [
    # breaking
    ("nucleo.yaml", lambda s: s["classes"]["PersonaFisica"]["slots"].remove("nacionalidad"),
     d.BREAKING, "removed", "nacionalidad", "PersonaFisica"),
    ("datasets/registro_artesano.yaml",
     lambda s: s["classes"].__setitem__("RegistroArtesanal", s["classes"].pop("RegistroArtesano")),
     d.BREAKING, "renamed", "RegistroArtesano", None),
    ("nucleo.yaml", lambda s: s["classes"]["Domicilio"]["slot_usage"].__setitem__("colonia", {"required": True}),
     d.BREAKING, "required_added", "colonia", "Domicilio"),
    ("tipos.yaml", lambda s: s["types"]["ClaseScian"].__setitem__("pattern", "^[1-9][0-9]{4}[1-9]$"),
     d.BREAKING, "pattern_narrowed", "ClaseScian", None),
    ("tipos.yaml", lambda s: s["types"]["Porcentaje"].__setitem__("maximum_value", 50),
     d.BREAKING, "bound_narrowed", "Porcentaje", None),
    ("catalogos.yaml", lambda s: s["enums"]["NivelGobierno"]["permissible_values"].pop("municipal"),
     d.BREAKING, "removed", "NivelGobierno.municipal", None),
    ("catalogos.yaml",
     lambda s: s["enums"]["RegimenFiscal"]["permissible_values"]["601"]["annotations"].__setitem__(
         "aplica_persona_fisica", True),
     d.BREAKING, "meaning_changed", "RegimenFiscal.601", None),
    ("fallas.yaml", lambda s: s["enums"]["CodigoFalla"]["permissible_values"].pop("VDM802"),
     d.BREAKING, "removed", "VDM802", None),
    ("fallas.yaml",
     lambda s: s["enums"]["CodigoFalla"]["permissible_values"]["VDM405"]["annotations"].__setitem__(
         "nombre", "otra_cosa"),
     d.BREAKING, "failure_reused", "VDM405", None),
    # compatible
    ("nucleo.yaml", lambda s: s["classes"]["PersonaMoral"]["slots"].append("correo_electronico"),
     d.COMPATIBLE, "field_added_optional", "correo_electronico", "PersonaMoral"),
    ("nucleo.yaml", lambda s: s["classes"]["Domicilio"]["slot_usage"]["numero_exterior"].pop("required"),
     d.COMPATIBLE, "required_removed", "numero_exterior", "Domicilio"),
    ("catalogos.yaml",
     lambda s: s["enums"]["Sexo"]["permissible_values"].__setitem__("N", _pv("No especificado", "Unspecified")),
     d.COMPATIBLE, "added", "Sexo.N", None),
    ("tipos.yaml", lambda s: s["types"]["CodigoPostal"].__setitem__("pattern", "^[0-9]{4,5}$"),
     d.COMPATIBLE, "pattern_widened", "CodigoPostal", None),
    ("datos_maestros.yaml", lambda s: s["slots"]["numero_interior"].__setitem__("range", "string"),
     d.COMPATIBLE, "range_widened", "numero_interior", "Domicilio"),
    ("fallas.yaml",
     lambda s: s["enums"]["CodigoFalla"]["permissible_values"]["VDM501"]["annotations"].__setitem__(
         "severidad", "warning"),
     d.COMPATIBLE, "severity_lowered", "VDM501", None),
    # editorial
    ("tipos.yaml", lambda s: s["types"]["Curp"].__setitem__("description", "Clave Única de Registro de Población."),
     d.EDITORIAL, "text_changed", "Curp", None),
    ("datos_maestros.yaml",
     lambda s: s["slots"]["segundo_apellido"]["annotations"].__setitem__("label_en", "Mother's surname"),
     d.EDITORIAL, "text_changed", "segundo_apellido", None),
    ("nucleo.yaml",
     lambda s: s["classes"]["Contacto"].__setitem__("close_mappings", ["schema:ContactPoint", "vcard:Kind"]),
     d.EDITORIAL, "text_changed", "Contacto", None),
]  # fmt: skip


def _matches(change: d.Change, kind: str, element: str, cls: str | None) -> bool:
    if change.kind != kind:
        return False
    if cls is None:
        return change.element == element
    return change.element == f"{cls}.{element}" or (change.element == element and cls in change.classes)


@pytest.mark.parametrize("edit", EDITS, ids=[f"{e[2]}-{e[3]}-{e[4]}" for e in EDITS])
def test_each_change_class_alone(tmp_path, base_snapshot, edit):
    module, change, level, kind, element, cls = edit
    new = _copy(tmp_path, "new")
    _edit(new, module, change)
    changes = d.compare(base_snapshot, d.snapshot(new))
    assert len(changes) == 1, [c.message("en") for c in changes]
    assert _matches(changes[0], kind, element, cls), changes[0].to_dict()
    assert changes[0].level == level, changes[0].to_dict()


def test_identical_versions_have_no_change(base_snapshot):
    assert d.compare(base_snapshot, base_snapshot) == []


def test_all_edits_together_and_the_suggested_bump(tmp_path, base_snapshot):
    new = _copy(tmp_path, "new")
    for module, change, *_ in EDITS:
        _edit(new, module, change)
    after = d.snapshot(new)
    changes = d.compare(base_snapshot, after)
    assert len(changes) == len(EDITS), [c.message("en") for c in changes]
    for _, _, level, kind, element, cls in EDITS:
        assert any(_matches(c, kind, element, cls) and c.level == level for c in changes), (kind, element)
    result = d.DiffResult("old", "new", "1.4.2", "1.5.0", changes)
    assert result.required_bump == "major" and result.suggested_version == "2.0.0"
    assert result.declared_bump == "minor" and not result.version_ok
    # every change has a message in both languages, with no unfilled placeholder
    for change in changes:
        for lang in ("es", "en"):
            text = change.message(lang)
            assert text and not re.search(r"\{(what|What|element|old|new|detail)\}", text), text


def test_a_slot_narrowed_in_several_classes_is_one_change(tmp_path, base_snapshot):
    new = _copy(tmp_path, "new")
    _edit(new, "datos_maestros.yaml", lambda s: s["slots"]["calle"].__setitem__("pattern", "^[A-Z ]+$"))
    changes = d.compare(base_snapshot, d.snapshot(new))
    assert [(c.level, c.kind, c.element) for c in changes] == [(d.BREAKING, "pattern_narrowed", "Domicilio.calle")] or (
        len(changes) == 1 and changes[0].kind == "pattern_narrowed" and changes[0].element == "calle"
    )


def test_new_required_field_is_breaking_and_new_class_is_compatible(tmp_path, base_snapshot):
    new = _copy(tmp_path, "new")

    def add(s):
        s["classes"]["Tramite"]["slots"].append("correo_electronico")
        s["classes"]["Tramite"].setdefault("slot_usage", {})["correo_electronico"] = {"required": True}
        s["classes"]["Aviso"] = {
            "title": "Aviso",
            "description": "Aviso.",
            "slots": ["tipo"],
            "annotations": {"label_en": "Notice", "description_en": "Notice."},
        }

    _edit(new, "nucleo.yaml", add)
    got = {(c.level, c.kind, c.element) for c in d.compare(base_snapshot, d.snapshot(new))}
    assert got == {
        (d.BREAKING, "field_added_required", "Tramite.correo_electronico"),
        (d.COMPATIBLE, "added", "Aviso"),
    }


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("^[0-9]{5}$", "^[0-9]{5}$", ""),
        ("^[0-9]{5}$", "^[0-9]{4,5}$", "pattern_widened"),
        ("^[0-9]{4,5}$", "^[0-9]{5}$", "pattern_narrowed"),
        ("^[A-C]{2}$", "^[B-D]{2}$", "pattern_changed"),
        ("^[0-9]{3}$", "^\\d{3}$", "pattern_rewritten"),  # ECMA-262's \d is ASCII: the same language
        ("^[0-9]{3}$", "^\\w{3}$", "pattern_widened"),
        ("^[0-9]{3}$", "^[0-9][0-9][0-9]$", "pattern_rewritten"),
        (None, "^[0-9]{5}$", "pattern_narrowed"),
        ("^[0-9]{5}$", None, "pattern_widened"),
    ],
)
def test_pattern_containment(old, new, kind):
    assert d.compare_patterns(old, new)[0] == kind


def test_version_bump_rule():
    assert d.declared_bump("0.1.0", "1.0.0") == "major"
    assert d.declared_bump("1.2.3", "1.3.0") == "minor"
    assert d.declared_bump("1.2.3", "1.2.4") == "patch"
    assert d.declared_bump("1.2.3", "1.2.3") == "none"
    assert d.suggested_version("0.1.0", "major") == "1.0.0"
    assert d.suggested_version("1.2.3", "minor") == "1.3.0"
    assert d.suggested_version("1.2.3", "patch") == "1.2.4"


def test_changelog_fragment_is_bilingual(tmp_path, base_snapshot):
    new = _copy(tmp_path, "new")
    _edit(new, "catalogos.yaml", lambda s: s["enums"]["Sexo"]["permissible_values"].__setitem__("N", _pv("N", "N")))
    result = d.DiffResult("0.1.0", "new", "0.1.0", "0.2.0", d.compare(base_snapshot, d.snapshot(new)))
    text = d.render_changelog(result)
    assert text.startswith("## 0.2.0\n")
    assert "### Cambios compatibles / Compatible changes" in text
    assert "Se agregó el valor `Sexo.N`." in text and "*The value `Sexo.N` was added.*" in text


@pytest.fixture
def git_repo(tmp_path):
    """A repository with v1.0.0 (the shipped models) and a HEAD that narrows a pattern."""
    repo = tmp_path / "repo"
    shutil.copytree(SCHEMAS, repo / "schemas")

    def git(*args):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@e", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "v1")
    git("tag", "v1.0.0")
    _edit(
        repo / "schemas", "tipos.yaml", lambda s: s["types"]["CodigoPostal"].__setitem__("pattern", "^[1-9][0-9]{4}$")
    )
    git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qam", "narrow")
    return repo


def test_cli_on_git_revisions_json_and_fail_on_breaking(git_repo, monkeypatch):
    monkeypatch.chdir(git_repo)
    runner = CliRunner()
    result = runner.invoke(cli, ["diff", "v1.0.0", "HEAD", "--format", "json", "--fail-on-breaking"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["counts"] == {"breaking": 1, "compatible": 0, "editorial": 0}
    assert report["required_bump"] == "major" and report["version_ok"] is False
    change = report["changes"][0]
    assert change["kind"] == "pattern_narrowed" and change["element"] == "CodigoPostal"
    # without --fail-on-breaking the same diff exits 0; a folder and a revision mix
    result = runner.invoke(cli, ["diff", "v1.0.0", "schemas", "--lang", "en", "--changelog", "changelog/2.0.0.md"])
    assert result.exit_code == 0, result.output
    assert "Breaking changes (1)" in result.output and "Suggested version: 1.0.0" in result.output
    # the declared version (0.1.0) lacks the major bump: the fragment is titled as it should be, with a warning
    assert (git_repo / "changelog" / "2.0.0.md").read_text(encoding="utf-8").startswith("## 1.0.0")
    assert "does not carry the major bump" in result.output


def test_cli_usage_errors_are_located_not_tracebacks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["diff", "no-such-rev", str(SCHEMAS)])
    assert result.exit_code == 2 and "no-such-rev" in result.output
    broken = _copy(tmp_path, "broken")
    (broken / "tipos.yaml").write_text("types:\n  Curp: [unclosed\n", encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(SCHEMAS), str(broken)])
    assert result.exit_code == 2
    assert "tipos.yaml:3:1" in result.output or "tipos.yaml:2" in result.output, result.output
    assert "Traceback" not in result.output
