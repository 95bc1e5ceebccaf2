"""Human text: grouped by file and record, coloured on a terminal, with summary counts."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..findings import RecordResult, RunSummary
from .base import Reporter, record_label

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_SYMBOL = {"error": "✖", "warning": "▲", "info": "ℹ"}
_SEVERITY = {
    "es": {"error": "error", "warning": "advertencia", "info": "información"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


class TextReporter(Reporter):
    def start(self) -> None:
        color = self.options.color
        self.console = Console(
            file=self.out,
            force_terminal=color if color is not None else None,
            no_color=color is False,
            highlight=False,
            soft_wrap=True,
        )
        self._source: str | None = None

    def record(self, result: RecordResult) -> None:
        lang = self.options.lang
        if result.source != self._source:
            self._source = result.source
            self.console.print(f"[bold]{escape(result.source)}[/bold]")
        if not result.findings:
            if self.options.verbose:
                ok = "válido" if lang == "es" else "valid"
                self.console.print(f"  [green]✔[/green] {record_label(result, lang)} · {result.class_name} · {ok}")
            return
        cls = f" · {result.class_name}" if result.class_name else ""
        self.console.print(f"  {record_label(result, lang)}{cls}")
        for f in result.findings:
            sev = f.severity
            where = f.pointer or "/"
            self.console.print(
                f"    [{_STYLE[sev]}]{_SYMBOL[sev]} {f.code}[/] {_SEVERITY[lang][sev]} "
                f"[dim]{escape(where)}[/dim]  {escape(f.message(lang, self.options.show_values))}"
            )

    def finish(self, summary: RunSummary) -> None:
        s = summary
        if self.options.lang == "es":
            line = (
                f"{s.records} registros en {len(s.sources)} archivos: {s.valid} válidos, {s.invalid} inválidos · "
                f"{s.errors} errores, {s.warnings} advertencias, {s.infos} informativos"
            )
        else:
            line = (
                f"{s.records} records in {len(s.sources)} files: {s.valid} valid, {s.invalid} invalid · "
                f"{s.errors} errors, {s.warnings} warnings, {s.infos} infos"
            )
        style = "bold green" if s.invalid == 0 else "bold red"
        self.console.print(f"[{style}]{line}[/]")
        if s.by_code:
            codes = ", ".join(f"{c}×{n}" for c, n in sorted(s.by_code.items()))
            self.console.print(f"[dim]{'códigos' if self.options.lang == 'es' else 'codes'}: {codes}[/dim]")
