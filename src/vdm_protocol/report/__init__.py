"""Reporters: one per output format, chosen by name. Each one streams, record by record."""

from __future__ import annotations

from .base import Reporter
from .json import JsonReporter
from .junit import JUnitReporter
from .sarif import SarifReporter
from .text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "junit": JUnitReporter,
    "sarif": SarifReporter,
}

__all__ = ["REPORTERS", "Reporter"]
