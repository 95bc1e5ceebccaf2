"""Spreadsheet round-trip: export, import unedited (no byte changes), one edited cell, impossible edits."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from openpyxl import load_workbook

from vdm_protocol.authoring.sheets import SheetError, export_workbook, import_workbook


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("taller")
    for folder in ("schemas", "master_data", "examples"):
        shutil.copytree(ROOT / folder, root / folder)
    export_workbook(root / "schemas", root / "modelo.xlsx", root / "tsv")
    return root


def _edit(workspace: Path, sheet: str, key: str, column: str, value, name: str) -> Path:
    wb = load_workbook(workspace / "modelo.xlsx")
    ws = wb[sheet]
    header = [c.value for c in ws[2]]
    col = header.index(column) + 1
    for row in ws.iter_rows(min_row=3):
        if row[0].value == key or (sheet == "enumeraciones" and f"{row[0].value}.{row[1].value}" == key):
            row[col - 1].value = value
            break
    else:
        raise AssertionError(f"{key} not in {sheet}")
    target = workspace / name
    wb.save(target)
    return target


def test_export_has_every_sheet(workspace):
    wb = load_workbook(workspace / "modelo.xlsx")
    assert {"datos_maestros", "enumeraciones", "fallas", "ds_RegistroCurp", "ds_LicenciaFuncionamiento"} <= set(
        wb.sheetnames
    )
    assert wb["datos_maestros"].max_row - 2 >= 20
    assert (workspace / "tsv" / "fallas.tsv").is_file()


def test_unedited_round_trip_changes_no_byte(workspace):
    before = {p: p.read_bytes() for p in (workspace / "schemas").rglob("*.yaml")}
    result = import_workbook(workspace / "schemas", workspace / "modelo.xlsx", write=True)
    assert result.changes == [] and result.new_texts == {}
    assert before == {p: p.read_bytes() for p in (workspace / "schemas").rglob("*.yaml")}


def test_one_edited_cell_is_exactly_one_yaml_change(workspace):
    edited = _edit(
        workspace, "datos_maestros", "curp", "etiqueta_en", "CURP (Mexican population registry key)", "uno.xlsx"
    )
    result = import_workbook(workspace / "schemas", edited, write=False)
    assert len(result.changes) == 1
    (path,) = result.diffs
    diff = [ln for ln in result.diffs[path].splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]
    assert path.name == "datos_maestros.yaml"
    assert diff == [
        "-      label_en: CURP (Unique Population Registry Code)",
        "+      label_en: CURP (Mexican population registry key)",
    ]


def test_failure_and_enum_edits(workspace):
    edited = _edit(workspace, "fallas", "VDM302", "severidad", "error", "falla.xlsx")
    result = import_workbook(workspace / "schemas", edited)
    assert any(
        "severidad: error" in line for d in result.diffs.values() for line in d.splitlines() if line.startswith("+")
    )
    edited = _edit(workspace, "enumeraciones", "Sexo.X", "etiqueta_en", "Non-binary (X)", "enum.xlsx")
    assert len(import_workbook(workspace / "schemas", edited).changes) == 1


@pytest.mark.parametrize(
    "sheet,key,column,value,fragment",
    [
        ("datos_maestros", "curp", "patron", "^.*$", "read-only"),
        ("datos_maestros", "curp", "etiqueta_es", "", "cannot be empty"),
        ("datos_maestros", "curp", "tipo", "TipoInexistente", "not a type"),
        ("datos_maestros", "curp", "correspondencias_exactas", "foo:bar", "prefix declared"),
        ("datos_maestros", "curp", "obligatorio", "quizás", "yes/no"),
        ("datos_maestros", "curp", "elemento", "curp_nueva", "does not exist"),
        ("fallas", "VDM301", "severidad", "grave", "is not one of"),
        ("fallas", "VDM301", "mensaje_en", "The CURP {otro} fails.", "placeholders"),
        ("datos_maestros", "curp", "catalogo", "catalogo_inventado", "index.csv"),
    ],
)
def test_impossible_edits_are_rejected_with_their_place(workspace, sheet, key, column, value, fragment):
    edited = _edit(workspace, sheet, key, column, value, "malo.xlsx")
    with pytest.raises(SheetError) as err:
        import_workbook(workspace / "schemas", edited)
    assert err.value.sheet == sheet and err.value.row >= 3
    assert fragment in err.value.message.en
    assert err.value.message.es


def test_cli_preview_then_write(workspace):
    edited = _edit(workspace, "ds_RegistroCurp", "segundo_apellido", "obligatorio", "sí", "cli.xlsx")
    cmd = [
        sys.executable,
        "-m",
        "vdm_protocol.cli",
        "sheets",
        "import",
        str(edited),
        "--schemas",
        str(workspace / "schemas"),
    ]
    preview = subprocess.run(cmd, capture_output=True, text=True)
    assert preview.returncode == 0 and "+" in preview.stdout and "--write" in preview.stdout
    assert "segundo_apellido: {required: true}" not in (workspace / "schemas/datasets/registro_curp.yaml").read_text()
    written = subprocess.run([*cmd, "--write"], capture_output=True, text=True)
    assert written.returncode == 0
    assert "required: true" in (workspace / "schemas/datasets/registro_curp.yaml").read_text()


def test_removing_a_row_or_a_sheet_is_rejected_not_ignored(workspace):
    wb = load_workbook(workspace / "modelo.xlsx")
    ws = wb["datos_maestros"]
    row = next(r[0].row for r in ws.iter_rows(min_row=3) if r[0].value == "rfc")
    ws.delete_rows(row)
    wb.save(workspace / "sin-rfc.xlsx")
    with pytest.raises(SheetError) as err:
        import_workbook(workspace / "schemas", workspace / "sin-rfc.xlsx")
    assert err.value.sheet == "datos_maestros" and err.value.row == row and "'rfc'" in str(err.value)
    wb = load_workbook(workspace / "modelo.xlsx")
    del wb["fallas"]
    wb.save(workspace / "sin-fallas.xlsx")
    with pytest.raises(SheetError) as err:
        import_workbook(workspace / "schemas", workspace / "sin-fallas.xlsx")
    assert err.value.sheet == "fallas"


def test_a_tsv_sheet_is_not_imported(workspace):
    with pytest.raises(SheetError, match="xlsx"):
        import_workbook(workspace / "schemas", workspace / "tsv" / "fallas.tsv")
