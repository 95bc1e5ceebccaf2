"""Reporters: one per output format, chosen by name. Each one streams, record by record."""

from __future__ import annotations

from importlib import import_module

from .base import Reporter, ReportOptions

#: format name -> (module, class); imported on demand so `vdm validate` starts fast.
REPORTERS: dict[str, tuple[str, str]] = {
    "text": ("text", "TextReporter"),
    "json": ("json", "JsonReporter"),
    "junit": ("junit", "JUnitReporter"),
    "sarif": ("sarif", "SarifReporter"),
}


def reporter_class(name: str) -> type[Reporter]:
    module, cls = REPORTERS[name]
    return getattr(import_module(f"{__name__}.{module}"), cls)


__all__ = ["REPORTERS", "ReportOptions", "Reporter", "reporter_class"]
