"""Human text: grouped by file and record, coloured on a terminal, with summary counts.

On a terminal rich colours the output; anywhere else (a pipe, a file, CI logs) the same
lines are written as plain text, which is also much faster for large batches.
"""

from __future__ import annotations

from ..findings import RecordResult, RunSummary
from .base import Reporter, plural, record_label


def escape(text: str) -> str:
    """rich markup escaping, without importing rich off-terminal."""
    return text.replace("[", "\\[")


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_SYMBOL = {"error": "✖", "warning": "▲", "info": "ℹ"}
_SEVERITY = {
    "es": {"error": "error", "warning": "advertencia", "info": "información"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


class TextReporter(Reporter):
    def start(self) -> None:
        color = self.options.color
        if color is None:
            color = hasattr(self.out, "isatty") and self.out.isatty()
        self.console = None
        if color:
            from rich.console import Console

            self.console = Console(file=self.out, force_terminal=True, highlight=False, soft_wrap=True)
        self._source: str | None = None
        self._shown = False  # the current file's name is printed (it has findings, or --verbose)
        self._records = 0

    def share_console(self, console) -> bool:
        if self.console is None:  # plain text to a file or pipe: nothing to share
            return False
        self.console = console
        return True

    def _line(self, markup: str, plain: str) -> None:
        if self.console is not None:
            self.console.print(markup)
        else:
            self.out.write(plain + "\n")

    def _close_source(self) -> None:
        """A file with nothing to show gets one line: its name with a check mark and its count."""
        if self._source is not None and not self._shown:
            count = plural(self._records, "registro") if self.options.lang == "es" else plural(self._records, "record")
            self._line(
                f"[green]✔[/green] [bold]{escape(self._source)}[/bold] [dim]({count})[/dim]",
                f"✔ {self._source} ({count})",
            )

    def record(self, result: RecordResult) -> None:
        lang = self.options.lang
        if result.source != self._source:
            self._close_source()
            self._source, self._shown, self._records = result.source, False, 0
        self._records += 1
        label = record_label(result, lang)
        if not result.findings and not self.options.verbose:
            return
        if not self._shown:
            self._shown = True
            self._line(f"[bold]{escape(result.source)}[/bold]", result.source)
        if not result.findings:
            ok = "válido" if lang == "es" else "valid"
            text = f"{label} · {result.class_name} · {ok}"
            self._line(f"  [green]✔[/green] {escape(text)}", f"  ✔ {text}")
            return
        cls = f" · {result.class_name}" if result.class_name else ""
        self._line(f"  {escape(label + cls)}", f"  {label}{cls}")
        for f in result.findings:
            sev = f.severity
            where = f.pointer or "/"
            message = f.message(lang, self.options.show_values)
            head = f"{_SYMBOL[sev]} {f.code}"
            self._line(
                f"    [{_STYLE[sev]}]{head}[/] {_SEVERITY[lang][sev]} [dim]{escape(where)}[/dim]  {escape(message)}",
                f"    {head} {_SEVERITY[lang][sev]} {where}  {message}",
            )

    def finish(self, summary: RunSummary) -> None:
        self._close_source()
        s = summary
        if self.options.lang == "es":
            line = (
                f"{plural(s.records, 'registro')} en {plural(len(s.sources), 'archivo')}: "
                f"{plural(s.valid, 'válido')}, {plural(s.invalid, 'inválido')} · "
                f"{plural(s.errors, 'error', 'errores')}, {plural(s.warnings, 'advertencia')}, "
                f"{plural(s.infos, 'informativo')}"
            )
        else:
            line = (
                f"{plural(s.records, 'record')} in {plural(len(s.sources), 'file')}: "
                f"{s.valid} valid, {s.invalid} invalid · "
                f"{plural(s.errors, 'error')}, {plural(s.warnings, 'warning')}, {plural(s.infos, 'info')}"
            )
        style = "bold green" if s.invalid == 0 else "bold red"
        self._line(f"[{style}]{line}[/]", line)
        if s.by_code:
            codes = ", ".join(f"{c}×{n}" for c, n in sorted(s.by_code.items()))
            label = "códigos" if self.options.lang == "es" else "codes"
            self._line(f"[dim]{label}: {codes}[/dim]", f"{label}: {codes}")
