"""`vdm`: a thin click layer. It parses options, calls the library and picks a reporter.

Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, 2 usage
error, 3 internal fault. Never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .report.base import plural

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
#: Packages of the optional extras, and the extra that brings each (validating needs none of them).
OPTIONAL_MODULES = {
    "linkml": "authoring",
    "linkml_runtime": "authoring",
    "rdflib": "authoring",
    "openpyxl": "authoring",
    "ruamel": "authoring",
    "hypothesis": "authoring",
    "mkdocs": "docs",
    "material": "docs",
    "mkdocs_static_i18n": "docs",
}


def _fail_usage(message: str) -> None:
    click.echo(f"vdm: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vdm-protocol", prog_name="vdm")
def cli() -> None:
    """vdm: herramientas del protocolo de intercambio del VDM.

    vdm: tools for the VDM data-exchange protocol.
    """


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@click.option(
    "--class",
    "class_name",
    metavar="CLASE",
    help="Clase contra la que validar (si no, la nombra el campo 'tipo'). / "
    "Class to validate against (otherwise named by the 'tipo' field).",
)
@click.option(
    "--format",
    "out_format",
    type=click.Choice(["text", "json", "junit", "sarif"]),
    default="text",
    show_default=True,
    help="Formato del reporte. / Report format.",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "json", "yaml", "ndjson"]),
    default="auto",
    show_default=True,
    help="Formato de entrada (auto: por extensión o contenido). / Input format (auto: by suffix or content).",
)
@click.option(
    "--lang",
    type=click.Choice(["es", "en"]),
    default="es",
    show_default=True,
    help="Idioma de los mensajes. / Message language.",
)
@click.option(
    "--show-values",
    is_flag=True,
    help="Mostrar los valores sin enmascarar (datos personales). / Show values unmasked (personal data).",
)
@click.option("--strict", is_flag=True, help="Las advertencias también hacen fallar. / Warnings fail too.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Procesos para NDJSON grandes. / Processes for large NDJSON.",
)
@click.option(
    "--request",
    "request_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Solicitud a la que responde el mensaje (correlación y digesto). / "
    "Request the message answers (correlation and digest).",
)
@click.option(
    "--document",
    "documents",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Bytes de un documento de evidencia, en el orden de las evidencias (repetible). / "
    "Evidence document bytes, in evidence order (repeatable).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Escribir el reporte en un archivo. / Write the report to a file.",
)
@click.option("--verbose", "-v", is_flag=True, help="Listar también los registros válidos. / List valid records too.")
@click.option("--no-progress", is_flag=True, help="Sin barra de progreso. / No progress bar.")
def validate(
    targets,
    class_name,
    out_format,
    input_format,
    lang,
    show_values,
    strict,
    jobs,
    request_path,
    documents,
    output,
    verbose,
    no_progress,
) -> None:
    """Valida archivos, carpetas, patrones o '-' (stdin). / Validate files, folders, globs or '-' (stdin)."""
    from .api import validate_paths
    from .engine import UsageError
    from .findings import RunSummary
    from .inputs import InputError
    from .report import ReportOptions, reporter_class

    try:
        handle = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as err:
        _fail_usage(f"no se puede escribir el reporte / cannot write the report: {output}: {err.strerror}")
    options = ReportOptions(lang=lang, show_values=show_values, strict=strict, verbose=verbose)
    if output:
        options.color = False
    reporter = reporter_class(out_format)(handle, options)
    summary = RunSummary()
    progress = None
    try:
        results = validate_paths(
            list(targets),
            class_name=class_name,
            fmt=input_format,
            request=request_path,
            documents=documents,
            jobs=jobs,
        )
        reporter.start()
        if not no_progress and sys.stderr.isatty():
            progress = _progress_display(reporter, handle)
            if progress is not None:
                progress.start()
                task = progress.add_task("vdm", total=None)
        for n, result in enumerate(results, start=1):
            summary.add(result, strict)
            reporter.record(result)
            if progress is not None and n % 1000 == 0:
                progress.update(task, completed=n)
        if progress is not None:
            progress.stop()
        reporter.finish(summary)
    except (UsageError, InputError) as err:
        _fail_usage(str(err))
    finally:
        if output:
            handle.close()
    if summary.internal_faults:
        sys.exit(EXIT_INTERNAL)
    if summary.records == 0:
        _fail_usage("no se encontró ningún registro que validar / no record found to validate")
    sys.exit(EXIT_OK if summary.invalid == 0 else EXIT_FINDINGS)


def _progress_display(reporter, handle):
    """A transient progress line on stderr (a terminal), or None where it would garble the report.

    The text report to the same terminal prints through the progress display's console, so
    its lines scroll above the bar; a JSON, JUnit or SARIF report to the terminal gets no bar.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    console = Console(stderr=True)
    to_terminal = hasattr(handle, "isatty") and handle.isatty()
    if to_terminal and not reporter.share_console(console):
        return None
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} registros / records"),
        console=console,
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )


@cli.command()
@click.option(
    "--check",
    is_flag=True,
    help="No escribir: fallar si algún artefacto está desactualizado. / Do not write: fail if an artifact is stale.",
)
def generate(check: bool) -> None:
    """Genera todos los artefactos desde los modelos. / Generate every artifact from the models."""
    try:
        from .generate import generate_all
    except ImportError as err:
        _fail_usage(f"`vdm generate` necesita el extra [authoring] / needs the [authoring] extra: {err}")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = generate_all(check=check)
    if check:
        problems = [
            ("desactualizado / stale", result.stale),
            ("falta / missing", result.missing),
            ("sobrante / orphaned", result.orphaned),
        ]
        bad = [(label, f) for label, files in problems for f in files]
        for label, f in bad:
            click.echo(f"{label}: src/vdm_protocol/generated/{f}", err=True)
        if bad:
            click.echo("Ejecute `vdm generate` / run `vdm generate`.", err=True)
            sys.exit(EXIT_FINDINGS)
        click.echo(f"{len(result.unchanged)} artefactos al día / artifacts up to date.")
        return
    for f in result.written:
        click.echo(f"escrito / written: {f} ({result.sizes[f]:,} bytes)")
    click.echo(f"{len(result.written)} escritos, {len(result.unchanged)} sin cambios / written, unchanged.")


@cli.command()
@click.argument("selected", nargs=-1)
@click.option("--lang", type=click.Choice(["es", "en"]), default="es", show_default=True)
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def codes(selected: tuple[str, ...], lang: str, out_format: str) -> None:
    """Lista el catálogo de variantes de falla; con códigos, su detalle. / List the failure-variant catalog;
    given codes, their details."""
    import dataclasses
    import json

    from .failures import catalog

    variants = catalog()
    unknown = [c for c in selected if c.upper() not in variants]
    if unknown:
        _fail_usage(f"código desconocido / unknown code: {', '.join(unknown)}")
    chosen = [variants[c.upper()] for c in selected] or list(variants.values())
    if out_format == "json":
        click.echo(json.dumps([dataclasses.asdict(v) for v in chosen], ensure_ascii=False, indent=1))
        return
    es = lang == "es"
    severity = {"error": "error", "warning": "advertencia" if es else "warning", "info": "info"}
    yes_no = ("sí", "no") if es else ("yes", "no")
    if selected:
        labels = [
            pair[0 if es else 1]
            for pair in (
                ("categoría", "category"),
                ("origen", "origin"),
                ("severidad", "severity"),
                ("reintentable", "retryable"),
                ("estado HTTP", "HTTP status"),
                ("mensaje", "message"),
                ("remediación", "remediation"),
                ("OOTS", "OOTS"),
                ("X-Road", "X-Road"),
            )
        ]
        for v in chosen:
            values = (
                v.category,
                v.origin,
                severity[v.severity],
                yes_no[0 if v.retryable else 1],
                v.http_status,
                v.message[lang],
                v.remediation[lang],
                v.oots or "—",
                v.xroad or "—",
            )
            click.echo(click.style(f"{v.code} {v.title[lang]}", bold=True))
            click.echo(f"  {v.description[lang]}")
            for label, value in zip(labels, values, strict=True):
                click.echo(f"  {label + ':':<14}{value}")
        return
    head = (
        ("código", "severidad", "categoría", "origen", "reint.", "HTTP", "título")
        if es
        else ("code", "severity", "category", "origin", "retry", "HTTP", "title")
    )
    click.echo(
        click.style(f"{head[0]:<8}{head[1]:<13}{head[2]:<14}{head[3]:<13}{head[4]:<7}{head[5]:<5} {head[6]}", bold=True)
    )
    for v in chosen:
        retry = yes_no[0 if v.retryable else 1]
        click.echo(
            f"{v.code:<8}{severity[v.severity]:<13}{v.category:<14}{v.origin:<13}{retry:<7}{v.http_status:<5} "
            f"{v.title[lang]}"
        )


@cli.command()
@click.argument("root", default="examples", type=click.Path(exists=True, file_okay=False, path_type=Path))
def examples(root: Path) -> None:
    """Comprueba los ejemplos: los válidos pasan, los inválidos dan su código.

    Check the examples: valid ones pass, invalid ones yield their declared code.
    """
    from .examples import check_examples

    outcomes = check_examples(root)
    failed = 0
    for o in outcomes:
        got = ", ".join(sorted(set(o.codes))) or "—"
        want = o.expected or "sin hallazgos / no findings"
        mark = click.style("✔", fg="green") if o.ok else click.style("✖", fg="red")
        detail = o.problem or f"esperado / expected: {want}; obtenido / got: {got}"
        click.echo(f"{mark} {o.path}  {detail}")
        failed += not o.ok
    valid = sum(1 for o in outcomes if o.expected is None and not o.problem)
    invalid = sum(1 for o in outcomes if o.expected and not o.problem)
    unusable = sum(1 for o in outcomes if o.problem)
    total, good = len(outcomes), len(outcomes) - failed
    click.echo(
        f"{plural(total, 'ejemplo')} ({plural(valid, 'válido')}, {plural(invalid, 'inválido')}"
        f"{f', {unusable} con problemas' if unusable else ''}): {good} como se declaró, {failed} no / "
        f"{plural(total, 'example')} ({valid} valid, {invalid} invalid{f', {unusable} unusable' if unusable else ''}): "
        f"{good} as declared, {failed} not."
    )
    sys.exit(EXIT_OK if failed == 0 else EXIT_FINDINGS)


@cli.command()
@click.argument("root", default="conformance", type=click.Path(file_okay=False, path_type=Path))
@click.option("--show-values", is_flag=True, help="Mostrar los valores sin enmascarar. / Show values unmasked.")
@click.option("--request", "request_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--response", "response_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--document", "documents", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["es", "en"]), default="es", show_default=True)
def conformance(root: Path, show_values: bool, request_path, response_path, documents, lang: str) -> None:
    """Ejecuta los escenarios de conformidad, o un intercambio propio (--request y --response).

    Run the conformance scenarios, or your own exchange (--request and --response).
    """
    from .conformance import run_exchange, run_scenarios

    if request_path or response_path:
        if not (request_path and response_path):
            _fail_usage("--request y --response van juntos / go together")
        outcome = run_exchange(
            request_path.read_bytes(), response_path.read_bytes(), [Path(d).read_bytes() for d in documents]
        )
        click.echo(f"resultado / outcome: {outcome.result}")
        click.echo(f"códigos / codes: {', '.join(sorted(outcome.codes)) or '—'}")
        for label, found in (
            ("solicitud / request", outcome.request_findings),
            ("respuesta / response", outcome.response_findings),
        ):
            for f in found:
                click.echo(f"  {label}: {f.code} {f.severity} {f.pointer or '/'} {f.message(lang, show_values)}")
        sys.exit(EXIT_FINDINGS if outcome.result == "rechazada" else EXIT_OK)
    if not root.is_dir():
        _fail_usage(f"no existe / does not exist: {root}")
    results = run_scenarios(root)
    if not results:
        _fail_usage(f"no hay escenarios en / no scenarios in {root}")
    failed = 0
    for r in results:
        mark = click.style("✔", fg="green") if r.ok else click.style("✖", fg="red")
        got = f"{r.outcome.result} {sorted(r.outcome.codes)}" if r.outcome else r.problem
        name = r.name if lang == "es" else r.name_en
        want = f"{r.expected_result} {sorted(r.expected_codes)}"
        click.echo(f"{mark} {r.folder.name}: {name} · esperado / expected {want}; obtenido / got {got}")
        failed += not r.ok
    click.echo(f"{len(results)} escenarios / scenarios: {len(results) - failed} ✔, {failed} ✖")
    sys.exit(EXIT_OK if failed == 0 else EXIT_FINDINGS)


@cli.command()
@click.argument("schemas", default="schemas", type=click.Path(file_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["es", "en"]), default="es", show_default=True)
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Las advertencias también fallan. / Warnings fail too.")
@click.option("--no-linkml", is_flag=True, help="Sólo las reglas del proyecto. / Only the project's rules.")
def lint(schemas: Path, lang: str, out_format: str, strict: bool, no_linkml: bool) -> None:
    """Revisa los modelos: reglas de LinkML y del proyecto. / Lint the models: LinkML's and the project's rules."""
    import json

    from .authoring.lint import Linter

    if not schemas.is_dir():
        _fail_usage(f"no existe la carpeta / no such folder: {schemas}")
    root = schemas.resolve().parent
    config = root / ".linkmllint.yaml"
    problems = Linter(schemas.resolve(), root).run(config, with_linkml=not no_linkml)
    if out_format == "json":
        click.echo(json.dumps([p.to_dict(lang, Path.cwd()) for p in problems], ensure_ascii=False, indent=1))
    else:
        for p in problems:
            color = "red" if p.severity == "error" else "yellow"
            click.echo(click.style(p.text(lang, Path.cwd()), fg=color))
        errors = sum(p.severity == "error" for p in problems)
        warnings_ = len(problems) - errors
        if lang == "es":
            click.echo(f"{plural(errors, 'error', 'errores')}, {plural(warnings_, 'advertencia')} en {schemas}")
        else:
            click.echo(f"{plural(errors, 'error')}, {plural(warnings_, 'warning')} in {schemas}")
    failing = [p for p in problems if p.severity == "error" or strict]
    sys.exit(EXIT_FINDINGS if failing else EXIT_OK)


@cli.group()
def sheets() -> None:
    """Hojas de cálculo para talleres. / Workshop spreadsheets."""


@sheets.command("export")
@click.option(
    "--schemas", "schema_dir", default="schemas", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option(
    "--output", "-o", default="vdm-modelo.xlsx", show_default=True, type=click.Path(dir_okay=False, path_type=Path)
)
@click.option(
    "--tsv",
    "tsv_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="También TSV, una por hoja. / Also TSV, one per sheet.",
)
def sheets_export(schema_dir: Path, output: Path, tsv_dir: Path | None) -> None:
    """Exporta datos maestros, conjuntos, enumeraciones y fallas a .xlsx. / Export to .xlsx."""
    import warnings

    from .authoring.sheets import export_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        written = export_workbook(schema_dir.resolve(), output, tsv_dir)
    rows = sum(len(s.rows) for s in written)
    click.echo(f"{output}: {len(written)} hojas / sheets, {rows} filas / rows")


@sheets.command("import")
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--schemas", "schema_dir", default="schemas", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option(
    "--write/--dry-run",
    default=False,
    show_default=True,
    help="Escribir los cambios, o sólo mostrar el diff (por omisión). / Write the changes, or only show the diff "
    "(the default).",
)
@click.option("--lang", type=click.Choice(["es", "en"]), default="es", show_default=True)
def sheets_import(workbook: Path, schema_dir: Path, write: bool, lang: str) -> None:
    """Aplica un libro editado a los modelos (vista previa). / Apply an edited workbook (preview by default)."""
    import warnings

    from .authoring.sheets import SheetError, import_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = import_workbook(schema_dir.resolve(), workbook, write=write)
    except SheetError as err:
        click.echo(click.style(err.text(lang), fg="red"), err=True)
        sys.exit(EXIT_FINDINGS)
    for change in result.changes:
        click.echo(change)
    for diff in result.diffs.values():
        click.echo(diff, nl=False)
    n = len(result.new_texts)
    if not result.changes:
        click.echo("sin cambios / no changes")
    elif write:
        click.echo(
            f"{plural(n, 'archivo')} {'escrito' if n == 1 else 'escritos'}; ejecute `vdm generate` / "
            f"{plural(n, 'file')} written; run `vdm generate`"
        )
    else:
        click.echo(
            f"vista previa: {plural(n, 'archivo')} {'cambiaría' if n == 1 else 'cambiarían'}; use --write / "
            f"preview: {plural(n, 'file')} would change; use --write"
        )


@cli.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--lang", type=click.Choice(["es", "en"]), default="es", show_default=True)
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--changelog",
    "changelog_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Escribe el fragmento Markdown del registro de cambios. / Write the changelog fragment (Markdown).",
)
@click.option(
    "--fail-on-breaking",
    is_flag=True,
    help="Falla (1) si hay cambios incompatibles sin subir la versión mayor. / Exit 1 on breaking changes "
    "without a major version bump.",
)
def diff_cmd(old: str, new: str, lang: str, out_format: str, changelog_path: Path | None, fail_on_breaking: bool):
    """Compara dos versiones de los modelos (carpetas o revisiones de git) y clasifica cada cambio.

    Compare two versions of the models (folders or git revisions) and classify every change:
    breaking, compatible or editorial.
    """
    import json

    from .authoring.diff import BREAKING, DiffInputError, render_changelog, render_text
    from .authoring.diff import diff as run_diff

    try:
        result = run_diff(old, new, Path.cwd())
    except DiffInputError as err:
        _fail_usage(str(err))
    if out_format == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1, default=str))
    else:
        for line, colour in render_text(result, lang):
            click.echo(click.style(line, fg=colour, bold=bool(colour)) if colour else line)
    if changelog_path is not None:
        changelog_path.parent.mkdir(parents=True, exist_ok=True)
        version = None
        if not result.version_ok:  # the declared version does not carry the bump: title it as it should be
            version = result.suggested_version
            click.echo(
                f"aviso / warning: la versión declarada {result.new_version} no refleja el cambio "
                f"{result.required_bump}; el fragmento se titula {version}: suba `version:` de schemas/vdm.yaml / "
                f"the declared version {result.new_version} does not carry the {result.required_bump} bump; "
                f"the fragment is titled {version}: raise `version:` in schemas/vdm.yaml",
                err=True,
            )
        changelog_path.write_text(render_changelog(result, version), encoding="utf-8")
        click.echo(f"escrito / written: {changelog_path}", err=out_format == "json")
    breaking_unbumped = result.count(BREAKING) and result.declared_bump != "major"
    sys.exit(EXIT_FINDINGS if fail_on_breaking and breaking_unbumped else EXIT_OK)


@cli.group()
def new() -> None:
    """Crea el esqueleto de un elemento nuevo. / Scaffold a new element."""


@new.command("dataset")
@click.argument("name")
@click.option("--level", type=click.Choice(["federal", "estatal", "municipal"]), default="estatal", show_default=True)
@click.option("--lang", type=click.Choice(["es", "en"]), default="es", show_default=True)
def new_dataset(name: str, level: str, lang: str) -> None:
    """Modelo, ejemplos y páginas de un conjunto de datos nuevo. / Model, examples and pages of a new dataset."""
    from .authoring.scaffold import ScaffoldError
    from .authoring.scaffold import new_dataset as scaffold

    try:
        result = scaffold(Path.cwd(), name, level)
    except ScaffoldError as err:
        _fail_usage(err.es if lang == "es" else err.en)
    except FileNotFoundError as err:
        _fail_usage(f"ejecute desde la raíz del repositorio / run from the repository root: {err}")
    for path in result.created:
        click.echo(f"creado / created: {path.relative_to(Path.cwd())}")
    for path in result.modified:
        click.echo(f"modificado / modified: {path.relative_to(Path.cwd())}")
    click.echo("Siguiente / next: edite los textos, `vdm lint`, `vdm generate`, `vdm examples examples`.")


@cli.group()
def docs() -> None:
    """Sitio de la especificación (mkdocs-material). / The specification website."""


def _mkdocs(*args: str) -> int:
    import os
    import subprocess

    from .paths import REPO_ROOT

    if REPO_ROOT is None:
        _fail_usage("el sitio se construye desde un clon del repositorio / build the site from a checkout")
    (REPO_ROOT / "build" / "docs").mkdir(parents=True, exist_ok=True)  # mkdocs checks docs_dir before its hook
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # mkdocs-material's end-of-life banner on every build
    return subprocess.call([sys.executable, "-m", "mkdocs", *args], cwd=REPO_ROOT, env=env)


@docs.command("build")
def docs_build() -> None:
    """Genera las páginas y construye el sitio en site/ (estricto). / Build the site into site/ (strict)."""
    sys.exit(_mkdocs("build", "--strict"))


@docs.command("serve")
@click.option("--port", default=8000, show_default=True)
def docs_serve(port: int) -> None:
    """Vista previa que se regenera al editar los modelos. / Live preview, regenerated as the models change."""
    sys.exit(_mkdocs("serve", "--dev-addr", f"127.0.0.1:{port}"))


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except click.ClickException as err:
        err.show()
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        sys.exit(EXIT_USAGE)
    except SystemExit:
        raise
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except ModuleNotFoundError as err:
        extra = OPTIONAL_MODULES.get((err.name or "").split(".")[0])
        if extra is None:
            click.echo(f"vdm: fallo interno / internal fault: {type(err).__name__}: {err}", err=True)
            sys.exit(EXIT_INTERNAL)
        click.echo(
            f"vdm: esta orden necesita el extra [{extra}] / this command needs the [{extra}] extra "
            f"({err.name} is not installed): pip install 'vdm-protocol[{extra}]'",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    except Exception as err:  # noqa: BLE001 - an internal fault, reported as such
        click.echo(f"vdm: fallo interno / internal fault: {type(err).__name__}: {err}", err=True)
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
