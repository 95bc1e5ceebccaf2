"""State shared by the checks of one record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..catalogs import Catalogs
from ..findings import Finding
from .model import EngineModel


@dataclass(slots=True)
class RecordContext:
    model: EngineModel
    catalogs: Catalogs
    class_name: str
    data: Any
    today: dt.date
    findings: list[Finding] = field(default_factory=list)
    #: Pointers that already have a decode or structure finding: later layers leave them alone.
    bad: set[str] = field(default_factory=set)

    def add(self, finding: Finding) -> None:
        """Record a finding; an error also marks its place, so later checks leave it alone."""
        self.findings.append(finding)
        if finding.severity == "error":
            self.bad.add(finding.pointer)

    def is_bad(self, pointer: str) -> bool:
        """True when ``pointer`` or one of its ancestors already has a finding."""
        if not self.bad:
            return False
        p = pointer
        while True:
            if p in self.bad:
                return True
            if not p:
                return False
            p = p[: p.rfind("/")]

    def any_bad(self, *pointers: str) -> bool:
        return bool(self.bad) and any(self.is_bad(p) for p in pointers)
