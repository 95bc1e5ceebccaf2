"""JUnit XML: one testsuite per input file, one testcase per record.

Testcases are spooled to a temporary file per suite, because a suite's counts come
before its testcases and a batch may hold a million records.
"""

from __future__ import annotations

import tempfile
from xml.sax.saxutils import escape, quoteattr

from ..findings import RecordResult, RunSummary
from .base import Reporter, record_label


class JUnitReporter(Reporter):
    def start(self) -> None:
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vdm validate">\n')
        self._source: str | None = None
        self._spool = None
        self._tests = self._failures = 0

    def _flush(self) -> None:
        if self._spool is None:
            return
        self.out.write(
            f'  <testsuite name={quoteattr(self._source or "")} tests="{self._tests}" '
            f'failures="{self._failures}" errors="0">\n'
        )
        self._spool.seek(0)
        for chunk in iter(lambda: self._spool.read(65536), ""):
            self.out.write(chunk)
        self.out.write("  </testsuite>\n")
        self._spool.close()
        self._spool = None

    def record(self, result: RecordResult) -> None:
        if result.source != self._source:
            self._flush()
            self._source = result.source
            self._spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed in _flush
            self._tests = self._failures = 0
        o = self.options
        self._tests += 1
        name = record_label(result, o.lang)
        classname = result.class_name or "desconocida"
        spool = self._spool
        spool.write(f"    <testcase name={quoteattr(name)} classname={quoteattr(classname)}>")
        if not result.passed(o.strict):
            self._failures += 1
            failing = [f for f in result.findings if f.severity == "error" or (o.strict and f.severity == "warning")]
            first = failing[0]
            body = "\n".join(
                f"{f.code} {f.severity} {f.pointer or '/'}: {f.message(o.lang, o.show_values)}" for f in result.findings
            )
            spool.write(
                f"<failure type={quoteattr(first.code)} message={quoteattr(first.message(o.lang, o.show_values))}>"
                f"{escape(body)}</failure>"
            )
        elif result.findings:
            body = "\n".join(
                f"{f.code} {f.severity} {f.pointer or '/'}: {f.message(o.lang, o.show_values)}" for f in result.findings
            )
            spool.write(f"<system-out>{escape(body)}</system-out>")
        spool.write("</testcase>\n")

    def finish(self, summary: RunSummary) -> None:
        self._flush()
        self.out.write("</testsuites>\n")
