"""Every shipped example: valid ones pass with no finding, invalid ones yield exactly their code."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES, PILOT_DATASETS

from vdm_protocol.examples import check_examples, example_files

OUTCOMES = check_examples(EXAMPLES)


def test_there_are_examples_for_every_class_that_needs_them():
    folders = {p.name for p in EXAMPLES.iterdir() if p.is_dir()}
    core = {"PersonaFisica", "PersonaMoral", "Domicilio", "EntidadGubernamental", "Tramite", "ReferenciaDocumento"}
    messages = {"SolicitudIntercambio", "RespuestaIntercambio", "RespuestaError", "ExpedienteTitular"}
    datasets = PILOT_DATASETS
    assert core | messages <= folders
    missing = datasets - folders
    assert not missing, f"datasets without examples: {sorted(missing)}"


def test_no_folder_is_empty_and_every_name_declares_its_code():
    problems = [f"{p}: {why}" for p, _, why in example_files(EXAMPLES) if why]
    assert not problems, problems


def test_dataset_example_counts():
    for folder in EXAMPLES.iterdir():
        valid = list((folder / "valid").glob("*.*"))
        invalid = list((folder / "invalid").glob("*.*"))
        assert len(valid) >= 2, folder.name
        assert len(invalid) >= 3, folder.name


@pytest.mark.parametrize(
    "outcome", OUTCOMES, ids=lambda o: f"{o.path.parent.parent.name}/{o.path.parent.name}/{o.path.name}"
)
def test_example_behaves_as_declared(outcome):
    assert outcome.ok, f"expected {outcome.expected or 'no finding'}, got {outcome.codes} ({outcome.problem or ''})"


def test_a_declared_code_outside_the_catalog_is_a_problem(tmp_path):
    from vdm_protocol.examples import check_examples

    for kind, name in (("valid", "ok.json"), ("invalid", "VDM999--no-such-code.json")):
        (tmp_path / "X" / kind).mkdir(parents=True, exist_ok=True)
        (tmp_path / "X" / kind / name).write_text('{"tipo": "Contacto", "correo_electronico": "a@b.mx"}')
    outcomes = {o.path.name: o for o in check_examples(tmp_path)}
    assert outcomes["ok.json"].ok
    bad = outcomes["VDM999--no-such-code.json"]
    assert not bad.ok and "catálogo" in bad.problem
