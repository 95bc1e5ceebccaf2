"""The validation pipeline: decode -> structure -> semantics -> protocol.

Each record goes through the layers in order; a later layer leaves alone whatever an
earlier one already reported (one root cause, one finding). A check that raises is
reported as VDM900 for that record and the other records go on: a batch of N records
always yields N verdicts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..catalogs import Catalogs, get_catalogs
from ..findings import Bilingual, Finding, RecordResult
from .context import RecordContext
from .decode import RawRecord
from .model import EngineModel, engine_model
from .pointer import is_within
from .protocol import ExchangeContext, check_protocol
from .registry import declare
from .semantics import check_semantics
from .structure import check_structure, json_type

declare("decode.decode", "decode", ("VDM101", "VDM102", "VDM103", "VDM104", "VDM105", "VDM106", "VDM107", "VDM108"))
declare("structure.detect_class", "structure", ("VDM201", "VDM202"))
declare("pipeline.internal_fault", "protocol", ("VDM900",))


class UsageError(ValueError):
    """A caller error (unknown class name, bad option), not a finding about a payload."""


@dataclass
class Options:
    class_name: str | None = None
    exchange: ExchangeContext = field(default_factory=ExchangeContext)
    today: dt.date | None = None


class Pipeline:
    def __init__(self, options: Options | None = None, catalogs: Catalogs | None = None) -> None:
        self.options = options or Options()
        self.model: EngineModel = engine_model()
        self.catalogs = catalogs or get_catalogs()
        self.supported_versions: list[str] = self.model_versions()
        self.today = self.options.today or dt.date.today()
        name = self.options.class_name
        if name is not None and (name not in self.model.classes or self.model.classes[name]["abstract"]):
            raise UsageError(
                f"clase desconocida / unknown class: {name}. Clases / classes: {', '.join(self.model.payload_classes)}"
            )

    def model_versions(self) -> list[str]:
        from ..resources import model_index

        return list(model_index().get("protocol_versions", []))

    def detect_class(self, data: Any) -> tuple[str | None, Finding | None]:
        if not isinstance(data, dict):
            return None, Finding("VDM201", "", {"tipo_json": json_type(data)})
        tipo = data.get("tipo")
        forced = self.options.class_name
        if forced:
            if tipo is None or tipo == forced or tipo in self.model.descendants.get(forced, ()):
                return (tipo if tipo in self.model.classes else forced), None
            return None, Finding(
                "VDM202",
                "/tipo",
                {
                    "detalle": Bilingual(
                        f"'tipo' no es {forced}, la clase indicada", f"'tipo' is not {forced}, the given class"
                    )
                },
                value=tipo,
            )
        if tipo is None:
            return None, Finding(
                "VDM202",
                "/tipo",
                {
                    "detalle": Bilingual(
                        "falta el campo 'tipo' y no se indicó --class",
                        "the 'tipo' field is missing and no --class was given",
                    )
                },
            )
        if not isinstance(tipo, str) or tipo not in self.model.payload_classes:
            return None, Finding(
                "VDM202",
                "/tipo",
                {
                    "detalle": Bilingual(
                        "'tipo' no nombra una clase del protocolo", "'tipo' names no class of the protocol"
                    )
                },
                value=tipo,
            )
        return tipo, None

    def run(self, raw: RawRecord) -> RecordResult:
        result = RecordResult(raw.source, raw.index, raw.line, None, list(raw.findings))
        # One root cause, one finding: a value the decode layer rejected (NaN, a duplicate key) is
        # not reported again by the layers after it, and a rejected root stops the record there.
        decode_errors = {f.pointer for f in raw.findings if f.severity == "error"} if raw.findings else set()
        if not raw.decoded or "" in decode_errors:
            return result
        class_name, problem = self.detect_class(raw.data)
        if problem is not None:
            result.findings.append(problem)
            return result
        result.class_name = class_name
        ctx = RecordContext(
            self.model,
            self.catalogs,
            class_name,
            raw.data,
            self.today,
            result.findings,
        )
        layers = (
            (
                "structure",
                lambda: result.findings.extend(_outside(check_structure(raw.data, class_name), decode_errors)),
            ),
            ("semantics", lambda: check_semantics(ctx)),
            ("protocol", lambda: check_protocol(ctx, self.options.exchange, self.supported_versions)),
        )
        for name, run_layer in layers:
            ctx.bad = {f.pointer for f in result.findings if f.severity == "error"}
            try:
                run_layer()
            except Exception as err:  # noqa: BLE001 - reported as a finding, never a traceback
                result.findings.append(
                    Finding("VDM900", "", {"comprobacion": name, "detalle": f"{type(err).__name__}: {err}"})
                )
                break
        return result


def _outside(findings: list[Finding], rejected: set[str]) -> list[Finding]:
    """The findings not at or below a pointer the decode layer already rejected."""
    if not rejected or not findings:
        return findings
    return [f for f in findings if not any(is_within(f.pointer, p) for p in rejected)]
