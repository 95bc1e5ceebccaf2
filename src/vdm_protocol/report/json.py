"""JSON report, streamed: one object per record in input order, then the summary.

Its structure is described by report.schema.json, shipped beside this module.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..findings import RecordResult, RunSummary
from .base import Reporter

SCHEMA_PATH = Path(__file__).with_name("report.schema.json")
REPORT_VERSION = "1.0"


def record_dict(result: RecordResult, lang: str, show_values: bool, strict: bool) -> dict:
    return {
        "source": result.source,
        "index": result.index,
        "line": result.line,
        "class": result.class_name,
        "valid": result.passed(strict),
        "findings": [f.to_dict(lang, show_values, result.line) for f in result.findings],
    }


class JsonReporter(Reporter):
    def start(self) -> None:
        head = {"report_version": REPORT_VERSION, "tool": "vdm-protocol", "lang": self.options.lang}
        self.out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "records": [\n')
        self._first = True

    def record(self, result: RecordResult) -> None:
        o = self.options
        if not self._first:
            self.out.write(",\n")
        self._first = False
        self.out.write(json.dumps(record_dict(result, o.lang, o.show_values, o.strict), ensure_ascii=False))

    def finish(self, summary: RunSummary) -> None:
        self.out.write('\n], "summary": ' + json.dumps(summary.to_dict(), ensure_ascii=False) + "}\n")
