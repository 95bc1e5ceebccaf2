"""What validation returns: findings, per-record verdicts and the report over a run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .failures import Variant, variant
from .masking import is_protocol_field, mask_value, show_value

#: Parameters whose values come from the payload and may be personal data.
SENSITIVE_PARAMS = frozenset(
    {
        "valor",
        "valor_previo",
        "fecha_curp",
        "fecha_declarada",
        "sexo_curp",
        "sexo_declarado",
        "entidad_curp",
        "entidad_declarada",
    }
)

_NO_VALUE = object()


@dataclass(frozen=True, slots=True)
class Bilingual:
    """A message parameter with a Spanish and an English form (labels, details)."""

    es: str
    en: str

    def __str__(self) -> str:
        return self.es


@dataclass(slots=True)
class Finding:
    """One failure variant at one place of one record."""

    code: str
    pointer: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    value: Any = _NO_VALUE

    def __post_init__(self) -> None:
        variant(self.code)  # fail fast on a code that is not in the catalog
        if self.value is not _NO_VALUE and "valor" not in self.params:
            self.params["valor"] = self.value

    @property
    def variant(self) -> Variant:
        return variant(self.code)

    @property
    def severity(self) -> str:
        return self.variant.severity

    @property
    def category(self) -> str:
        return self.variant.category

    @property
    def plain(self) -> bool:
        """The value is protocol metadata (an id, a digest, an agency key): shown unmasked."""
        return is_protocol_field(self.pointer)

    @property
    def has_value(self) -> bool:
        return self.value is not _NO_VALUE

    def rendered_params(self, show_values: bool, lang: str = "es") -> dict[str, str]:
        out = {}
        for key, val in self.params.items():
            if isinstance(val, Bilingual):
                out[key] = val.es if lang == "es" else val.en
            elif key in SENSITIVE_PARAMS:
                out[key] = show_value(val) if show_values or self.plain else mask_value(val)
            else:
                out[key] = val if isinstance(val, str) else show_value(val)
        return out

    def message(self, lang: str = "es", show_values: bool = False) -> str:
        return self.variant.render(lang, self.rendered_params(show_values, lang))

    def to_dict(self, lang: str = "es", show_values: bool = False, line: int | None = None) -> dict:
        v = self.variant
        out = {
            "code": self.code,
            "name": v.name,
            "severity": v.severity,
            "category": v.category,
            "pointer": self.pointer,
            "line": line,
            "message": self.message(lang, show_values),
        }
        if self.has_value:
            out["value"] = self.value if show_values or self.plain else mask_value(self.value)
        return out


@dataclass(slots=True)
class RecordResult:
    """The verdict on one record: where it came from, which class it was, what was found."""

    source: str
    index: int
    line: int | None
    class_name: str | None
    findings: list[Finding] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def warnings(self) -> int:
        return self.count("warning")

    def passed(self, strict: bool = False) -> bool:
        return self.errors == 0 and not (strict and self.warnings)

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]


@dataclass(slots=True)
class Report:
    """All verdicts of one validation run, in input order."""

    records: list[RecordResult] = field(default_factory=list)
    internal_faults: list[str] = field(default_factory=list)

    def passed(self, strict: bool = False) -> bool:
        return all(r.passed(strict) for r in self.records)

    def summary(self) -> dict[str, Any]:
        by_code = Counter(f.code for r in self.records for f in r.findings)
        return {
            "records": len(self.records),
            "valid": sum(1 for r in self.records if r.passed()),
            "invalid": sum(1 for r in self.records if not r.passed()),
            "errors": sum(r.errors for r in self.records),
            "warnings": sum(r.warnings for r in self.records),
            "infos": sum(r.count("info") for r in self.records),
            "by_code": dict(sorted(by_code.items())),
            "sources": len({r.source for r in self.records}),
        }


@dataclass(slots=True)
class RunSummary:
    """Counts over a run, updated record by record so that nothing else must be kept."""

    records: int = 0
    valid: int = 0
    invalid: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    by_code: Counter = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)
    internal_faults: int = 0

    def add(self, result: RecordResult, strict: bool = False) -> None:
        self.records += 1
        self.sources.add(result.source)
        if result.passed(strict):
            self.valid += 1
        else:
            self.invalid += 1
        for f in result.findings:
            self.by_code[f.code] += 1
            if f.severity == "error":
                self.errors += 1
            elif f.severity == "warning":
                self.warnings += 1
            else:
                self.infos += 1
            if f.code == "VDM900":
                self.internal_faults += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "valid": self.valid,
            "invalid": self.invalid,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "sources": len(self.sources),
            "by_code": dict(sorted(self.by_code.items())),
        }
