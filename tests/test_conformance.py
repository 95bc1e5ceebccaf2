"""Conformance scenarios and the REST binding."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from vdm_protocol.conformance import run_scenarios
from vdm_protocol.paths import GENERATED_DIR

SCENARIOS = run_scenarios(ROOT / "conformance")


def test_required_scenarios_are_present():
    expected = {
        "completa": set(),
        "VDM701": "subject not found",
        "VDM606": "preview required",
        "VDM706": "additional input required",
        "VDM602": "consent expired",
        "VDM603": "purpose not permitted",
        "VDM705": "partial response",
        "VDM704": "provider timeout",
        "VDM501": "version mismatch",
        "VDM502": "response for another request",
        "VDM801": "digest mismatch",
    }
    covered = {c for s in SCENARIOS for c in s.expected_codes} | {s.expected_result for s in SCENARIOS}
    assert set(expected) <= covered, set(expected) - covered
    assert len(SCENARIOS) >= 11


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.folder.name)
def test_scenario_outcome(scenario):
    got = (scenario.outcome.result, sorted(scenario.outcome.codes)) if scenario.outcome else scenario.problem
    assert scenario.ok, f"expected {scenario.expected_result} {sorted(scenario.expected_codes)}, got {got}"


def test_openapi_document_is_valid():
    from openapi_spec_validator import validate

    doc = json.loads((GENERATED_DIR / "vdm.openapi.json").read_text(encoding="utf-8"))
    validate(doc)
    datasets = [p for p in doc["paths"] if p.startswith("/v1/conjuntos/")]
    assert len(datasets) == 7
    op = doc["paths"]["/v1/conjuntos/RegistroCurp/solicitudes"]["post"]
    assert {"200", "206", "400", "403", "404", "503", "504"} <= set(op["responses"])
    assert "VDM701" in op["responses"]["404"]["description"]
    assert "Retry-After" in op["responses"]["503"]["headers"]
    assert "X-VDM-En-Respuesta-A" in op["responses"]["200"]["headers"]
