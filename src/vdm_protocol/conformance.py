"""Conformance scenarios: complete exchanges (request, then response or error) with the
outcome each must have.

A scenario is a folder holding ``escenario.yaml``::

    nombre: Sujeto no encontrado
    name_en: Subject not found
    solicitud: solicitud.json
    respuesta: respuesta.json          # a RespuestaIntercambio or a RespuestaError
    documentos: [constancia.pdf]       # optional: evidence document bytes, in evidence order
    esperado:
      resultado: error                 # completa | parcial | fallida | error | rechazada
      codigos: [VDM701]

The outcome of an exchange is ``rechazada`` when the validator finds an error in either
message, else ``error`` for a RespuestaError, else the response's ``estado``. Its codes
are the validator's findings on both messages plus the codes a RespuestaError carries.
An implementer runs the same logic on their own pair with
``vdm conformance --request REQ --response RESP``.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .api import RequestError, validate
from .findings import Finding

OUTCOMES = ("completa", "parcial", "fallida", "error", "rechazada")


@dataclass
class ExchangeOutcome:
    result: str
    codes: set[str]
    request_findings: list[Finding] = field(default_factory=list)
    response_findings: list[Finding] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)


@dataclass
class ScenarioResult:
    folder: Path
    name: str
    name_en: str
    expected_result: str
    expected_codes: set[str]
    outcome: ExchangeOutcome | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return (
            self.problem is None
            and self.outcome is not None
            and self.outcome.result == self.expected_result
            and self.outcome.codes == self.expected_codes
        )


def run_exchange(request: bytes, response: bytes, documents: list[bytes] | None = None) -> ExchangeOutcome:
    req_report = validate(request, source="solicitud")
    try:
        resp_report = validate(response, source="respuesta", request=request, documents=documents or [])
    except RequestError:  # the request's own findings say why; the response is checked on its own
        resp_report = validate(response, source="respuesta", documents=documents or [])
    req_findings = [f for r in req_report.records for f in r.findings]
    resp_findings = [f for r in resp_report.records for f in r.findings]
    carried: list[str] = []
    data: Any = None
    with contextlib.suppress(ValueError):
        data = json.loads(response)
    if isinstance(data, dict) and data.get("tipo") == "RespuestaError":
        carried = [f.get("codigo") for f in data.get("fallas") or [] if isinstance(f, dict) and f.get("codigo")]
    codes = {f.code for f in req_findings + resp_findings} | set(carried)
    if any(f.severity == "error" for f in req_findings + resp_findings):
        result = "rechazada"
    elif isinstance(data, dict) and data.get("tipo") == "RespuestaError":
        result = "error"
    else:
        result = str(data.get("estado")) if isinstance(data, dict) else "rechazada"
    return ExchangeOutcome(result, codes, req_findings, resp_findings, carried)


def load_scenario(folder: Path) -> ScenarioResult:
    spec = yaml.safe_load((folder / "escenario.yaml").read_text(encoding="utf-8"))
    expected = spec.get("esperado") or {}
    res = ScenarioResult(
        folder,
        spec.get("nombre", folder.name),
        spec.get("name_en", folder.name),
        expected.get("resultado", "?"),
        set(expected.get("codigos") or []),
    )
    if res.expected_result not in OUTCOMES:
        res.problem = f"resultado esperado inválido / invalid expected result: {res.expected_result}"
        return res
    try:
        request = (folder / spec["solicitud"]).read_bytes()
        response = (folder / spec["respuesta"]).read_bytes()
        documents = [(folder / d).read_bytes() for d in spec.get("documentos") or []]
    except (KeyError, OSError) as err:
        res.problem = f"escenario incompleto / incomplete scenario: {err}"
        return res
    res.outcome = run_exchange(request, response, documents)
    return res


def run_scenarios(root: Path) -> list[ScenarioResult]:
    return [load_scenario(p.parent) for p in sorted(root.glob("*/escenario.yaml"))]
