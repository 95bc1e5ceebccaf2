"""SARIF 2.1.0 for code-scanning dashboards: one rule per failure code, one result per finding."""

from __future__ import annotations

import json

from ..failures import catalog
from ..findings import RecordResult, RunSummary
from .base import Reporter

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


class SarifReporter(Reporter):
    def start(self) -> None:
        lang = self.options.lang
        rules = [
            {
                "id": v.code,
                "name": v.name,
                "shortDescription": {"text": v.title[lang]},
                "fullDescription": {"text": v.description[lang]},
                "help": {"text": v.remediation[lang]},
                "defaultConfiguration": {"level": _LEVEL[v.severity]},
                "properties": {"category": v.category, "origin": v.origin, "http_status": v.http_status},
            }
            for v in catalog().values()
        ]
        self._rule_index = {r["id"]: i for i, r in enumerate(rules)}
        head = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "vdm-protocol",
                            "informationUri": "https://w3id.org/vdm-protocol",
                            "rules": rules,
                        }
                    },
                    "results": [],
                }
            ],
        }
        text = json.dumps(head, ensure_ascii=False)
        # Stream the results array: write everything up to its opening bracket.
        cut = text.rindex('"results": []') + len('"results": [')
        self._tail = text[cut:]
        self.out.write(text[:cut] + "\n")
        self._first = True

    def record(self, result: RecordResult) -> None:
        o = self.options
        for f in result.findings:
            item = {
                "ruleId": f.code,
                "ruleIndex": self._rule_index[f.code],
                "level": _LEVEL[f.severity],
                "message": {"text": f.message(o.lang, o.show_values)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(result.source)},
                            "region": {"startLine": result.line or 1},
                        },
                        "logicalLocations": [{"fullyQualifiedName": f.pointer or "/", "kind": "member"}],
                    }
                ],
                "properties": {"record": result.index, "class": result.class_name},
            }
            if not self._first:
                self.out.write(",\n")
            self._first = False
            self.out.write(json.dumps(item, ensure_ascii=False))

    def finish(self, summary: RunSummary) -> None:
        self.out.write("\n" + self._tail + "\n")


def _uri(source: str) -> str:
    """A SARIF artifact URI: relative to the working directory where it can be (what code-scanning
    services expect), else a file:// URI; "<stdin>" stays as it is."""
    from pathlib import Path
    from urllib.parse import quote

    if source.startswith("<"):
        return source
    path = Path(source)
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            return path.as_uri()
    return quote(path.as_posix())
