"""The reporter interface."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TextIO

from ..findings import RecordResult, RunSummary


@dataclass
class ReportOptions:
    lang: str = "es"
    show_values: bool = False
    strict: bool = False
    color: bool | None = None  # None: only on a terminal
    verbose: bool = False


class Reporter:
    """start() once, record() per verdict in input order, finish() with the run's counts."""

    def __init__(self, out: TextIO, options: ReportOptions) -> None:
        self.out = out
        self.options = options

    def start(self) -> None:  # noqa: B027 - optional hook
        pass

    def record(self, result: RecordResult) -> None:
        raise NotImplementedError

    def finish(self, summary: RunSummary) -> None:  # noqa: B027 - optional hook
        pass

    def share_console(self, console: Any) -> bool:
        """Print through ``console`` (a live progress display's), so both can share one terminal.

        Returns False when this reporter cannot (machine-readable formats): a progress bar is
        then shown only if the report does not go to the same terminal.
        """
        return False


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 registro', '2 registros', '0 errores': counts read as a sentence in either language."""
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


def record_label(result: RecordResult, lang: str) -> str:
    where = f"línea {result.line}" if lang == "es" else f"line {result.line}"
    name = f"registro {result.index + 1}" if lang == "es" else f"record {result.index + 1}"
    return f"{name} ({where})" if result.line else name
