"""Spreadsheet round-trip for workshops: `vdm sheets export` and `vdm sheets import`.

Built on openpyxl and ruamel.yaml directly rather than on schemasheets: schemasheets
turns a sheet into a *new* schema, while a workshop edits the *existing* models and
expects its comments, order and formatting kept; here every editable cell maps to one
YAML node, an import changes only the nodes whose cells changed, and exporting then
importing an unedited workbook changes no byte.

Sheets: `datos_maestros` (the master-data slots), one `ds_<Dataset>` per dataset class
(its fields), `enumeraciones` (every enum value) and `fallas` (the failure variants).
Columns marked read-only (keys and derived values) are there to read; changing them is
rejected with the sheet, row and column.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from ..findings import Bilingual

TRUE = {"sí", "si", "true", "verdadero", "yes", "1"}
FALSE = {"no", "false", "falso", "0", ""}
MASTER_SUBSET = "datos_maestros_minimos"
CURIE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*:[^\s]+$")


def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


@dataclass
class Column:
    name: str
    header_es: str
    header_en: str
    editable: bool = True


SLOT_COLUMNS = [
    Column("elemento", "Elemento (clave)", "Element (key)", editable=False),
    Column("modulo", "Módulo", "Module", editable=False),
    Column("etiqueta_es", "Etiqueta (es)", "Label (es)"),
    Column("etiqueta_en", "Etiqueta (en)", "Label (en)"),
    Column("definicion_es", "Definición (es)", "Definition (es)"),
    Column("definicion_en", "Definición (en)", "Definition (en)"),
    Column("tipo", "Tipo / rango", "Type / range"),
    Column("patron", "Patrón (del tipo)", "Pattern (from the type)", editable=False),
    Column("catalogo", "Catálogo", "Catalog"),
    Column("obligatorio", "Obligatorio", "Mandatory"),
    Column("multivaluado", "Multivaluado", "Multivalued"),
    Column("correspondencias_exactas", "Correspondencias exactas", "Exact mappings"),
    Column("correspondencias_cercanas", "Correspondencias cercanas", "Close mappings"),
]
DATASET_COLUMNS = [
    Column("elemento", "Campo (clave)", "Field (key)", editable=False),
    Column("etiqueta_es", "Etiqueta (es)", "Label (es)"),
    Column("etiqueta_en", "Etiqueta (en)", "Label (en)"),
    Column("definicion_es", "Definición (es)", "Definition (es)"),
    Column("definicion_en", "Definición (en)", "Definition (en)"),
    Column("tipo", "Tipo / rango", "Type / range", editable=False),
    Column("patron", "Patrón (del tipo)", "Pattern (from the type)", editable=False),
    Column("obligatorio", "Obligatorio en este conjunto", "Mandatory in this dataset"),
    Column("multivaluado", "Multivaluado", "Multivalued", editable=False),
]
ENUM_COLUMNS = [
    Column("enumeracion", "Enumeración (clave)", "Enumeration (key)", editable=False),
    Column("codigo", "Código (clave)", "Code (key)", editable=False),
    Column("etiqueta_es", "Etiqueta (es)", "Label (es)"),
    Column("etiqueta_en", "Etiqueta (en)", "Label (en)"),
    Column("definicion_es", "Definición (es)", "Definition (es)"),
    Column("definicion_en", "Definición (en)", "Definition (en)"),
]
FAILURE_COLUMNS = [
    Column("codigo", "Código (clave)", "Code (key)", editable=False),
    Column("nombre", "Nombre", "Name", editable=False),
    Column("categoria", "Categoría", "Category"),
    Column("origen", "Origen", "Origin"),
    Column("severidad", "Severidad", "Severity"),
    Column("reintentable", "Reintentable", "Retryable"),
    Column("estado_http", "Estado HTTP", "HTTP status"),
    Column("titulo_es", "Título (es)", "Title (es)"),
    Column("titulo_en", "Título (en)", "Title (en)"),
    Column("mensaje_es", "Mensaje (es)", "Message (es)"),
    Column("mensaje_en", "Mensaje (en)", "Message (en)"),
    Column("remediacion_es", "Remediación (es)", "Remediation (es)"),
    Column("remediacion_en", "Remediación (en)", "Remediation (en)"),
    Column("mapeo_oots", "OOTS", "OOTS"),
    Column("mapeo_xroad", "X-Road", "X-Road"),
]


class SheetError(ValueError):
    """An impossible edit, located at a sheet, row and column."""

    def __init__(self, sheet: str, row: int, column: str, es: str, en: str) -> None:
        self.sheet, self.row, self.column = sheet, row, column
        self.message = Bilingual(es, en)
        super().__init__(f"{sheet}!{column}{row}: {en}")

    def text(self, lang: str) -> str:
        return f"{self.sheet}, fila/row {self.row}, columna/column {self.column}: " + (
            self.message.es if lang == "es" else self.message.en
        )


# -- the YAML models, loaded for round-trip editing ----------------------------------------------------
class ModelFiles:
    """Every module of schemas/ loaded with ruamel (comments, order and styles kept)."""

    def __init__(self, schema_dir: Path) -> None:
        self.schema_dir = schema_dir
        self.yaml = _yaml()
        self.docs: dict[Path, CommentedMap] = {}
        self.original: dict[Path, str] = {}
        for path in sorted(schema_dir.rglob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            self.original[path] = text
            self.docs[path] = self.yaml.load(text)
        self.index: dict[tuple[str, str], tuple[Path, CommentedMap]] = {}
        for path, doc in self.docs.items():
            for section in ("slots", "classes", "enums", "types"):
                for name, body in (doc.get(section) or {}).items():
                    self.index[(section, name)] = (path, body)

    def find(self, section: str, name: str) -> tuple[Path, CommentedMap] | None:
        return self.index.get((section, name))

    def prefixes(self, path: Path) -> set[str]:
        return set((self.docs[path].get("prefixes") or {}).keys())

    def rendered(self) -> dict[Path, str]:
        out = {}
        for path, doc in self.docs.items():
            buf = io.StringIO()
            self.yaml.dump(doc, buf)
            out[path] = buf.getvalue()
        return out


def _ann(body: CommentedMap, key: str) -> Any:
    value = (body.get("annotations") or {}).get(key)
    if isinstance(value, dict) and "value" in value:
        return value["value"]
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, (list, tuple, CommentedSeq)):
        return "; ".join(str(v) for v in value)
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _bool(text: str) -> bool | None:
    low = text.strip().lower()
    if low in TRUE:
        return True
    if low in FALSE:
        return False
    return None


# -- export --------------------------------------------------------------------------------------
@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: list[list[str]] = field(default_factory=list)


def build_sheets(schema_dir: Path) -> list[Sheet]:
    """The workbook content, from the models (LinkML's view for induced facts)."""
    from ..generate.model import Model

    model = Model.load(schema_dir)
    view = model.view
    files = ModelFiles(schema_dir)
    sheets = []
    master = Sheet("datos_maestros", SLOT_COLUMNS)
    for slot in model.master_data_slots():
        located = files.find("slots", slot.name)
        body = located[1] if located else {}
        master.rows.append(
            [
                slot.name,
                located[0].relative_to(schema_dir).as_posix() if located else "",
                _text(body.get("title")),
                _text(_ann(body, "label_en")),
                _text(body.get("description")),
                _text(_ann(body, "description_en")),
                _text(body.get("range")),
                _text(model.range_pattern(slot.range)),
                _text(_ann(body, "catalogo")),
                _text(bool(_ann(body, "obligatorio"))),
                _text(bool(body.get("multivalued"))),
                _text(body.get("exact_mappings")),
                _text(body.get("close_mappings")),
            ]
        )
    sheets.append(master)
    datasets = view.get_enum("TipoConjuntoDatos").permissible_values
    for name in datasets:
        if name not in view.all_classes():
            continue
        sheet = Sheet(f"ds_{name}"[:31], DATASET_COLUMNS)
        for slot in view.class_induced_slots(name):
            located = files.find("slots", slot.name)
            body = located[1] if located else {}
            sheet.rows.append(
                [
                    slot.name,
                    _text(body.get("title")),
                    _text(_ann(body, "label_en")),
                    _text(body.get("description")),
                    _text(_ann(body, "description_en")),
                    _text(slot.range),
                    _text(model.range_pattern(slot.range)),
                    _text(bool(slot.required)),
                    _text(bool(slot.multivalued)),
                ]
            )
        sheets.append(sheet)
    enums = Sheet("enumeraciones", ENUM_COLUMNS)
    failures = Sheet("fallas", FAILURE_COLUMNS)
    for enum_name in sorted(view.all_enums()):
        located = files.find("enums", enum_name)
        if not located:
            continue
        for code, pv in (located[1].get("permissible_values") or {}).items():
            pv = pv or {}
            if enum_name == "CodigoFalla":
                failures.rows.append(
                    [str(code), _text(_ann(pv, "nombre"))]
                    + [_text(_ann(pv, c.name)) for c in FAILURE_COLUMNS[2:7]]
                    + [_text(pv.get("title")), _text(_ann(pv, "label_en"))]
                    + [_text(_ann(pv, c.name)) for c in FAILURE_COLUMNS[9:]]
                )
            else:
                enums.rows.append(
                    [
                        enum_name,
                        str(code),
                        _text(pv.get("title")),
                        _text(_ann(pv, "label_en")),
                        _text(pv.get("description")),
                        _text(_ann(pv, "description_en")),
                    ]
                )
    sheets += [enums, failures]
    return sheets


def export_workbook(schema_dir: Path, target: Path, tsv_dir: Path | None = None) -> list[Sheet]:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    sheets = build_sheets(schema_dir)
    wb = Workbook()
    wb.remove(wb.active)
    locked = PatternFill("solid", fgColor="DDDDDD")
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        ws.append([f"{c.header_es} / {c.header_en}" for c in sheet.columns])
        ws.append([c.name for c in sheet.columns])
        for cell, col in zip(ws[1], sheet.columns, strict=True):
            cell.font = Font(bold=True)
            if not col.editable:
                cell.fill = locked
        for row in sheet.rows:
            ws.append(row)
        ws.freeze_panes = "A3"
        if tsv_dir is not None:
            tsv_dir.mkdir(parents=True, exist_ok=True)
            lines = ["\t".join(c.name for c in sheet.columns)]
            lines += ["\t".join(v.replace("\t", " ") for v in row) for row in sheet.rows]
            (tsv_dir / f"{sheet.name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    wb.save(target)
    return sheets


# -- import --------------------------------------------------------------------------------------
@dataclass
class ImportResult:
    changes: list[str] = field(default_factory=list)  # human lines: sheet!cell: old -> new
    diffs: dict[Path, str] = field(default_factory=dict)  # unified diff per changed file
    new_texts: dict[Path, str] = field(default_factory=dict)


def _set_text(body: CommentedMap, key: str, value: str) -> None:
    old = body.get(key)
    if isinstance(old, FoldedScalarString):
        body[key] = FoldedScalarString(value)
    elif isinstance(old, LiteralScalarString):
        body[key] = LiteralScalarString(value)
    else:
        body[key] = value


def _set_annotation(body: CommentedMap, key: str, value: Any) -> None:
    annotations = body.get("annotations")
    if annotations is None:
        annotations = body["annotations"] = CommentedMap()
    current = annotations.get(key)
    if isinstance(current, dict) and "value" in current:
        current["value"] = value
    elif isinstance(value, str):
        _set_text(annotations, key, value)
    else:
        annotations[key] = value


def _col_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


class Importer:
    def __init__(self, schema_dir: Path, repo_root: Path | None = None) -> None:
        self.schema_dir = schema_dir
        self.repo_root = repo_root or schema_dir.parent
        self.files = ModelFiles(schema_dir)
        self.expected = {s.name: s for s in build_sheets(schema_dir)}
        self.result = ImportResult()
        self.types = {name for (section, name) in self.files.index if section in ("types", "enums", "classes")}
        self.types |= {"string", "integer", "boolean", "decimal", "float", "date", "datetime", "uri", "uriorcurie"}

    def run(self, workbook: Path) -> ImportResult:
        from openpyxl import load_workbook

        if workbook.suffix.lower() in (".tsv", ".csv", ".txt"):
            raise SheetError(
                workbook.name,
                1,
                "A",
                "se importa el libro .xlsx; las hojas TSV son sólo para leer y comparar",
                "import the .xlsx workbook; the TSV sheets are for reading and comparing only",
            )
        try:
            wb = load_workbook(workbook, read_only=True, data_only=True)
        except Exception as err:  # noqa: BLE001 - any unreadable workbook is a usage problem
            raise SheetError(
                workbook.name, 1, "A", f"no se puede leer el libro: {err}", f"cannot read the workbook: {err}"
            ) from err
        for name in wb.sheetnames:
            if name not in self.expected:
                raise SheetError(
                    name,
                    1,
                    "A",
                    "hoja desconocida; no se pueden agregar hojas",
                    "unknown sheet; sheets cannot be added",
                )
            self._sheet(name, [list(r) for r in wb[name].iter_rows(values_only=True)])
        for name in self.expected:
            if name not in wb.sheetnames:
                raise SheetError(
                    name,
                    1,
                    "A",
                    "falta la hoja; importe el libro completo que exportó `vdm sheets export`",
                    "the sheet is missing; import the whole workbook `vdm sheets export` wrote",
                )
        rendered = self.files.rendered()
        for path, text in rendered.items():
            if text != self.files.original[path]:
                rel = path.relative_to(self.schema_dir.parent).as_posix()
                diff = difflib.unified_diff(
                    self.files.original[path].splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    f"a/{rel}",
                    f"b/{rel}",
                )
                self.result.diffs[path] = "".join(diff)
                self.result.new_texts[path] = text
        return self.result

    def _sheet(self, name: str, rows: list[list[Any]]) -> None:
        sheet = self.expected[name]
        keys = [c.name for c in sheet.columns]
        if len(rows) < 2 or [str(v or "") for v in rows[1][: len(keys)]] != keys:
            raise SheetError(
                name, 2, "A", f"la fila 2 debe nombrar las columnas {keys}", f"row 2 must name the columns {keys}"
            )
        expected_rows = {tuple(r[: 2 if name == "enumeraciones" else 1]): r for r in sheet.rows}
        seen = set()
        for offset, raw in enumerate(rows[2:], start=3):
            values = [_text(v) if v is not None else "" for v in raw[: len(keys)]] + [""] * (len(keys) - len(raw))
            if not any(values):
                continue
            key = tuple(values[: 2 if name == "enumeraciones" else 1])
            if key not in expected_rows:
                raise SheetError(
                    name,
                    offset,
                    "A",
                    f"'{' / '.join(key)}' no existe en el modelo; agregar o renombrar elementos se hace en el YAML",
                    f"'{' / '.join(key)}' does not exist in the model; adding or renaming elements is done in the YAML",
                )
            seen.add(key)
            current = expected_rows[key]
            for i, col in enumerate(sheet.columns):
                if values[i] == current[i]:
                    continue
                cell = f"{_col_letter(i)}{offset}"
                if not col.editable:
                    raise SheetError(
                        name,
                        offset,
                        _col_letter(i),
                        f"la columna '{col.name}' es de solo lectura",
                        f"column '{col.name}' is read-only",
                    )
                self._apply(name, key, col.name, values[i], offset, _col_letter(i))
                self.result.changes.append(f"{name}!{cell} {col.name}: {current[i]!r} -> {values[i]!r}")
        for position, key in enumerate(expected_rows, start=3):
            if key not in seen:
                raise SheetError(
                    name,
                    position,
                    "A",
                    f"falta la fila de '{' / '.join(key)}'; quitar elementos se hace en el YAML (y es un cambio "
                    "incompatible: vea `vdm diff`)",
                    f"the row of '{' / '.join(key)}' is missing; removing elements is done in the YAML (and is a "
                    "breaking change: see `vdm diff`)",
                )

    # -- applying one edited cell --------------------------------------------------------------------
    def _apply(self, sheet: str, key: tuple[str, ...], column: str, value: str, row: int, col: str) -> None:
        def fail(es: str, en: str) -> None:
            raise SheetError(sheet, row, col, es, en)

        if (
            column in ("etiqueta_es", "etiqueta_en", "definicion_es", "definicion_en", "titulo_es", "titulo_en")
            and not value.strip()
        ):
            fail(
                "una etiqueta o definición no puede quedar vacía (ambos idiomas son obligatorios)",
                "a label or definition cannot be empty (both languages are required)",
            )
        if sheet == "enumeraciones":
            located = self.files.find("enums", key[0])
            body = located[1]["permissible_values"][self._pv_key(located[1], key[1])]
            self._set_labels(body, column, value)
            return
        if sheet == "fallas":
            located = self.files.find("enums", "CodigoFalla")
            body = located[1]["permissible_values"][key[0]]
            self._apply_failure(body, column, value, fail)
            return
        slot_name = key[0]
        located = self.files.find("slots", slot_name)
        if located is None:
            fail(
                f"la ranura '{slot_name}' no está definida en schemas/",
                f"slot '{slot_name}' is not defined in schemas/",
            )
        path, body = located
        if column in ("etiqueta_es", "etiqueta_en", "definicion_es", "definicion_en"):
            self._set_labels(body, column, value)
        elif column == "tipo":
            if value not in self.types:
                fail(
                    f"'{value}' no es un tipo, enumeración ni clase del modelo",
                    f"'{value}' is not a type, enum or class of the model",
                )
            body["range"] = value
        elif column == "catalogo":
            if value != "ninguno" and not value.startswith("enumeración ") and value not in self._catalogs():
                fail(
                    f"el catálogo '{value}' no está en master_data/index.csv",
                    f"catalog '{value}' is not in master_data/index.csv",
                )
            _set_annotation(body, "catalogo", value)
        elif column in ("obligatorio", "multivaluado"):
            flag = _bool(value)
            if flag is None:
                fail(f"'{value}' no es sí/no", f"'{value}' is not yes/no")
            if sheet.startswith("ds_"):
                self._set_required_in_class(sheet[3:], slot_name, flag)
            elif column == "obligatorio":
                _set_annotation(body, "obligatorio", flag)
            elif flag:
                body["multivalued"] = True
            else:
                body.pop("multivalued", None)
        elif column in ("correspondencias_exactas", "correspondencias_cercanas"):
            curies = [c.strip() for c in value.split(";") if c.strip()]
            declared = self.files.prefixes(path)
            for curie in curies:
                if not CURIE.match(curie) or curie.split(":", 1)[0] not in declared:
                    fail(
                        f"'{curie}' no es un CURIE con prefijo declarado en {path.name}",
                        f"'{curie}' is not a CURIE with a prefix declared in {path.name}",
                    )
            target = "exact_mappings" if column.endswith("exactas") else "close_mappings"
            seq = CommentedSeq(curies)
            seq.fa.set_flow_style()
            if curies:
                body[target] = seq
            else:
                body.pop(target, None)

    def _pv_key(self, enum_body: CommentedMap, code: str) -> Any:
        for k in enum_body["permissible_values"]:
            if str(k) == code:
                return k
        raise KeyError(code)

    def _set_labels(self, body: CommentedMap, column: str, value: str) -> None:
        if column == "etiqueta_es":
            _set_text(body, "title", value)
        elif column == "definicion_es":
            _set_text(body, "description", value)
        elif column == "etiqueta_en":
            _set_annotation(body, "label_en", value)
        else:
            _set_annotation(body, "description_en", value)

    def _apply_failure(self, body: CommentedMap, column: str, value: str, fail: Callable[[str, str], None]) -> None:
        enum_values = {
            "categoria": "CategoriaFalla",
            "origen": "OrigenFalla",
            "severidad": "Severidad",
        }
        if column in enum_values:
            allowed = [str(k) for k in self.files.find("enums", enum_values[column])[1]["permissible_values"]]
            if value not in allowed:
                fail(f"'{value}' no es uno de {allowed}", f"'{value}' is not one of {allowed}")
            _set_annotation(body, column, value)
        elif column == "reintentable":
            flag = _bool(value)
            if flag is None:
                fail(f"'{value}' no es sí/no", f"'{value}' is not yes/no")
            _set_annotation(body, column, flag)
        elif column == "estado_http":
            if not value.isdigit() or not 100 <= int(value) <= 599:
                fail(f"'{value}' no es un estado HTTP", f"'{value}' is not an HTTP status")
            _set_annotation(body, column, int(value))
        elif column == "titulo_es":
            _set_text(body, "title", value)
        elif column == "titulo_en":
            _set_annotation(body, "label_en", value)
        else:
            _set_annotation(body, column, value)
            if column in ("mensaje_es", "mensaje_en"):
                import string

                other = "mensaje_en" if column == "mensaje_es" else "mensaje_es"
                mine = {f for _, f, _, _ in string.Formatter().parse(value) if f}
                theirs = {f for _, f, _, _ in string.Formatter().parse(str(_ann(body, other) or "")) if f}
                if mine != theirs:
                    fail(
                        f"los marcadores {sorted(mine)} no coinciden con los de {other} {sorted(theirs)}",
                        f"placeholders {sorted(mine)} do not match those of {other} {sorted(theirs)}",
                    )

    def _set_required_in_class(self, class_name: str, slot: str, flag: bool) -> None:
        located = self.files.find("classes", class_name)
        body = located[1]
        usage = body.get("slot_usage")
        if usage is None:
            usage = body["slot_usage"] = CommentedMap()
        entry = usage.get(slot)
        if entry is None:
            entry = usage[slot] = CommentedMap()
            entry.fa.set_flow_style()
        if flag:
            entry["required"] = True
        else:
            entry.pop("required", None)
            if not entry:
                del usage[slot]

    def _catalogs(self) -> set[str]:
        import csv

        index = self.repo_root / "master_data" / "index.csv"
        with index.open(encoding="utf-8") as handle:
            return {row["nombre"] for row in csv.DictReader(handle)}


def import_workbook(schema_dir: Path, workbook: Path, write: bool = False) -> ImportResult:
    """Apply an edited workbook to the models: check every edit, lint the result, then (with
    ``write``) save only the files that changed."""
    importer = Importer(schema_dir)
    result = importer.run(workbook)
    if result.new_texts:
        _check_result(schema_dir, result)
    if write:
        for path, text in result.new_texts.items():
            path.write_text(text, encoding="utf-8")
    return result


def _check_result(schema_dir: Path, result: ImportResult) -> None:
    """Lint the edited models in a scratch copy: an edit must not introduce a problem."""
    import shutil
    import tempfile

    from .lint import Linter

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "schemas"
        shutil.copytree(schema_dir, copy)
        for path, text in result.new_texts.items():
            (copy / path.relative_to(schema_dir)).write_text(text, encoding="utf-8")
        before = {(p.rule, p.message.en) for p in Linter(schema_dir, schema_dir.parent).run(with_linkml=False)}
        after = Linter(copy, schema_dir.parent).run(with_linkml=False)
        new = [p for p in after if (p.rule, p.message.en) not in before]
        if new:
            p = new[0]
            raise SheetError(
                "modelo / model",
                p.line,
                p.file.name,
                f"la edición deja el modelo con un problema: {p.message.es}",
                f"the edit leaves the model with a problem: {p.message.en}",
            )
