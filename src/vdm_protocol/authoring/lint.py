"""`vdm lint`: LinkML's linter plus the project's own rules, every problem located.

Each problem carries the file, line and column of the YAML node, a rule id and a plain
message in Spanish and English. The project's rules read the YAML node tree directly
(PyYAML's composer keeps line and column marks), so a missing field is reported at the
element that lacks it and an empty one at the field itself. A YAML syntax error is a
problem like any other (rule `yaml-invalido`), never a traceback.
"""

from __future__ import annotations

import csv
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..engine.yaml_decode import yaml_problem
from ..failures import VARIANT_FIELDS as FAILURE_FIELDS
from ..findings import Bilingual

MASTER_SUBSET = "datos_maestros_minimos"
MAPPING_KEYS = ("exact_mappings", "close_mappings", "related_mappings", "narrow_mappings", "broad_mappings")
#: The closed values of a failure variant's fields that no enum of the model lists.
VARIANT_VALUES = {
    "severidad": (("error", "warning", "info"), "error, warning, info"),
    "reintentable": (("true", "false"), "true, false"),
}
#: Words of LinkML's load errors that are not names of the model.
LOAD_ERROR_WORDS = frozenset(
    {
        "No",
        "such",
        "slot",
        "class",
        "as",
        "an",
        "attribute",
        "of",
        "ancestors",
        "or",
        "a",
        "definition",
        "in",
        "the",
        "schema",
        "not",
        "found",
        "File",
        "file",
        "directory",
        "Errno",
        "Unknown",
        "type",
        "enum",
        "range",
        "import",
        "imports",
        "Schema",
        "ValueError",
        "KeyError",
        "for",
        "and",
        "is",
        "to",
        "No such file or directory",
    }
)
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
ELEMENT_SECTIONS = {
    "classes": "clase",
    "slots": "ranura",
    "enums": "enumeración",
    "types": "tipo",
    "subsets": "subconjunto",
}
SECTION_EN = {"classes": "class", "slots": "slot", "enums": "enum", "types": "type", "subsets": "subset"}
#: Spanish wording of LinkML's own rules (their messages are English only).
LINKML_RULES_ES = {
    "standard_naming": "nombre fuera de la convención",
    "no_empty_title": "falta el título",
    "no_undeclared_slots": "ranura no declarada",
    "no_undeclared_ranges": "rango no declarado",
    "no_undeclared_subsets": "subconjunto no declarado",
    "no_invalid_slot_usage": "slot_usage de una ranura que la clase no tiene",
    "no_xsd_int_type": "uso de xsd:int",
    "recommended": "falta un metadato recomendado",
    "one_identifier_per_class": "más de un identificador por clase",
    "one_key_per_class": "más de una llave por clase",
    "root_type_checks": "tipo raíz inválido",
    "permissible_values_format": "formato de valor permitido",
}


@dataclass(frozen=True)
class LintProblem:
    file: Path
    line: int
    column: int
    rule: str
    severity: str  # error | warning
    message: Bilingual

    def text(self, lang: str, root: Path | None = None) -> str:
        path = self.file.relative_to(root) if root and self.file.is_relative_to(root) else self.file
        msg = self.message.es if lang == "es" else self.message.en
        return f"{path}:{self.line}:{self.column}: {self.rule} [{self.severity}] {msg}"

    def to_dict(self, lang: str, root: Path | None = None) -> dict:
        path = self.file.relative_to(root) if root and self.file.is_relative_to(root) else self.file
        return {
            "file": str(path),
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message.es if lang == "es" else self.message.en,
        }


@dataclass
class _Element:
    file: Path
    section: str  # classes, slots, enums, types, subsets, permissible_values, module
    name: str
    key: yaml.Node
    value: yaml.Node
    parent: str | None = None  # the enum of a permissible value

    @property
    def where(self) -> tuple[int, int]:
        return self.key.start_mark.line + 1, self.key.start_mark.column + 1


@dataclass
class _Module:
    file: Path
    root: yaml.MappingNode
    prefixes: set[str] = field(default_factory=set)


def _mapping(node: yaml.Node | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _scalar(node: yaml.Node | None) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _texts(node: yaml.Node | None) -> list[tuple[str, yaml.Node]]:
    if isinstance(node, yaml.ScalarNode):
        return [(node.value, node)]
    if isinstance(node, yaml.SequenceNode):
        return [(n.value, n) for n in node.value if isinstance(n, yaml.ScalarNode)]
    return []


class Linter:
    def __init__(self, schema_dir: Path, repo_root: Path | None = None) -> None:
        self.schema_dir = schema_dir
        self.repo_root = repo_root or schema_dir.parent
        self.problems: list[LintProblem] = []
        self.modules: list[_Module] = []
        self.elements: list[_Element] = []

    # -- reporting -------------------------------------------------------------------------------
    def add(
        self, file: Path, node: yaml.Node | tuple[int, int], rule: str, es: str, en: str, severity: str = "error"
    ) -> None:
        line, col = node if isinstance(node, tuple) else (node.start_mark.line + 1, node.start_mark.column + 1)
        self.problems.append(LintProblem(file, line, col, rule, severity, Bilingual(es, en)))

    # -- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        for path in sorted(self.schema_dir.rglob("*.yaml")):
            try:
                root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
            except yaml.MarkedYAMLError as err:
                mark = err.problem_mark or err.context_mark
                where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                detail = yaml_problem(err.problem or str(err).splitlines()[0])
                self.add(path, where, "yaml-invalido", f"YAML inválido: {detail.es}", f"invalid YAML: {detail.en}")
                continue
            except (yaml.YAMLError, UnicodeDecodeError) as err:
                self.add(path, (1, 1), "yaml-invalido", f"YAML ilegible: {err}", f"unreadable YAML: {err}")
                continue
            if not isinstance(root, yaml.MappingNode):
                self.add(
                    path, (1, 1), "yaml-invalido", "el módulo no es un mapa YAML", "the module is not a YAML mapping"
                )
                continue
            top = _mapping(root)
            module = _Module(path, root, set(_mapping(top.get("prefixes", (None, None))[1])))
            self.modules.append(module)
            name = _scalar(top["name"][1]) if "name" in top else path.stem
            self.elements.append(_Element(path, "module", name or path.stem, root, root))
            for section in ELEMENT_SECTIONS:
                for name, (key, value) in _mapping(top.get(section, (None, None))[1]).items():
                    self.elements.append(_Element(path, section, name, key, value))
                    if section == "enums":
                        pvs = _mapping(value).get("permissible_values", (None, None))[1]
                        for code, (pkey, pvalue) in _mapping(pvs).items():
                            self.elements.append(_Element(path, "permissible_values", code, pkey, pvalue, parent=name))
                    if section == "classes":
                        attrs = _mapping(value).get("attributes", (None, None))[1]
                        for attr, (akey, avalue) in _mapping(attrs).items():
                            self.elements.append(_Element(path, "slots", attr, akey, avalue, parent=name))

    # -- the project's rules -------------------------------------------------------------------
    def rule_bilingual(self) -> None:
        for el in self.elements:
            fields = _mapping(el.value)
            annotations = _mapping(fields.get("annotations", (None, None))[1])
            kind_es, kind_en = self._kind(el)
            for key, source, es, en in (
                ("title", fields, "el título en español", "the Spanish title"),
                ("description", fields, "la descripción en español", "the Spanish description"),
                (
                    "label_en",
                    annotations,
                    "la etiqueta en inglés (annotations.label_en)",
                    "the English label (annotations.label_en)",
                ),
                (
                    "description_en",
                    annotations,
                    "la descripción en inglés (annotations.description_en)",
                    "the English description (annotations.description_en)",
                ),
            ):
                pair = source.get(key)
                value = _scalar(_annotation_value(pair[1])) if pair else None
                if pair is None:
                    self.add(
                        el.file,
                        el.key,
                        "bilingue-faltante",
                        f"{kind_es} '{el.name}': falta {es}",
                        f"{kind_en} '{el.name}': {en} is missing",
                    )
                elif not (value or "").strip():
                    self.add(
                        el.file,
                        pair[1],
                        "bilingue-faltante",
                        f"{kind_es} '{el.name}': {es} está vacía",
                        f"{kind_en} '{el.name}': {en} is empty",
                    )

    def _kind(self, el: _Element) -> tuple[str, str]:
        if el.section == "module":
            return "módulo", "module"
        if el.section == "permissible_values":
            return f"valor de {el.parent}", f"value of {el.parent}"
        if el.parent:
            return f"atributo de {el.parent}", f"attribute of {el.parent}"
        return ELEMENT_SECTIONS[el.section], SECTION_EN[el.section]

    def rule_naming(self) -> None:
        for el in self.elements:
            if el.section == "module":
                continue
            ok = True
            if el.section in ("classes", "enums", "types"):
                ok = bool(CAMEL.match(el.name))
                es, en = "UpperCamelCase ASCII (p. ej. PersonaFisica)", "ASCII UpperCamelCase (e.g. PersonaFisica)"
            elif el.section in ("slots", "subsets"):
                ok = bool(SNAKE.match(el.name))
                es, en = (
                    "snake_case ASCII en minúsculas (p. ej. primer_apellido)",
                    "lower-case ASCII snake_case (e.g. primer_apellido)",
                )
            else:
                ok = el.name.isascii() and " " not in el.name and el.name != ""
                es, en = "ASCII sin espacios", "ASCII without spaces"
            if not ok:
                kind_es, kind_en = self._kind(el)
                self.add(
                    el.file,
                    el.key,
                    "nombre-no-convencional",
                    f"{kind_es} '{el.name}': el nombre debe ir en {es}; el español con acentos va en el título",
                    f"{kind_en} '{el.name}': the name must be {en}; accented Spanish goes in the title",
                )

    def rule_master_data(self) -> None:
        for el in self.elements:
            if el.section != "slots":
                continue
            fields = _mapping(el.value)
            subsets = [v for v, _ in _texts(fields.get("in_subset", (None, None))[1])]
            if MASTER_SUBSET not in subsets:
                continue
            annotations = _mapping(fields.get("annotations", (None, None))[1])
            missing = [k for k in ("fuente_autoritativa", "catalogo", "obligatorio") if k not in annotations]
            if "examples" not in fields:
                missing.append("examples")
            if not any(k in fields for k in MAPPING_KEYS):
                missing.append("exact_mappings/close_mappings")
            if missing:
                self.add(
                    el.file,
                    el.key,
                    "dato-maestro-incompleto",
                    f"dato maestro '{el.name}': falta {', '.join(missing)}",
                    f"master data element '{el.name}': missing {', '.join(missing)}",
                )
            catalog = _scalar(_annotation_value(annotations.get("catalogo", (None, None))[1]))
            if (
                catalog
                and catalog != "ninguno"
                and not catalog.startswith("enumeración ")
                and catalog not in self._catalog_names()
            ):
                self.add(
                    el.file,
                    annotations["catalogo"][1],
                    "catalogo-desconocido",
                    f"dato maestro '{el.name}': el catálogo '{catalog}' no está en master_data/index.csv",
                    f"master data element '{el.name}': catalog '{catalog}' is not in master_data/index.csv",
                )

    def _catalog_names(self) -> set[str]:
        index = self.repo_root / "master_data" / "index.csv"
        if not index.is_file():  # models linted outside a checkout: the installed catalogs
            from ..paths import master_data_dir

            index = master_data_dir() / "index.csv"
        if not index.is_file():
            return set()
        with index.open(encoding="utf-8") as handle:
            return {row["nombre"] for row in csv.DictReader(handle)}

    def rule_failures(self) -> None:
        closed = dict(VARIANT_VALUES)
        for key, enum in (("categoria", "CategoriaFalla"), ("origen", "OrigenFalla")):
            values = sorted(e.name for e in self.elements if e.section == "permissible_values" and e.parent == enum)
            closed[key] = (tuple(values), ", ".join(values))
        for el in self.elements:
            if el.section != "permissible_values" or el.parent != "CodigoFalla":
                continue
            annotations = _mapping(_mapping(el.value).get("annotations", (None, None))[1])
            missing = [
                k
                for k in FAILURE_FIELDS
                if not (_scalar(_annotation_value(annotations.get(k, (None, None))[1])) or "").strip()
            ]
            if missing:
                self.add(
                    el.file,
                    el.key,
                    "falla-incompleta",
                    f"variante {el.name}: falta {', '.join(missing)}",
                    f"variant {el.name}: missing {', '.join(missing)}",
                )
                continue
            for key, (allowed, hint) in closed.items():
                node = _annotation_value(annotations[key][1])
                value = (_scalar(node) or "").strip()
                if value not in allowed:
                    self.add(
                        el.file,
                        node,
                        "falla-incompleta",
                        f"variante {el.name}: {key} no admite {value!r} (valores: {hint})",
                        f"variant {el.name}: {key} does not take {value!r} (values: {hint})",
                    )
            status = _annotation_value(annotations["estado_http"][1])
            if not ((_scalar(status) or "").isdigit() and 100 <= int(_scalar(status) or 0) <= 599):
                self.add(
                    el.file,
                    status,
                    "falla-incompleta",
                    f"variante {el.name}: estado_http debe ser un estado HTTP entre 100 y 599",
                    f"variant {el.name}: estado_http must be an HTTP status from 100 to 599",
                )
            es = _placeholders(_scalar(_annotation_value(annotations["mensaje_es"][1])))
            en = _placeholders(_scalar(_annotation_value(annotations["mensaje_en"][1])))
            if es != en:
                self.add(
                    el.file,
                    annotations["mensaje_en"][1],
                    "falla-incompleta",
                    f"variante {el.name}: los marcadores de mensaje_es {sorted(es)} y mensaje_en {sorted(en)} difieren",
                    f"variant {el.name}: placeholders of mensaje_es {sorted(es)} and mensaje_en {sorted(en)} differ",
                )

    def rule_prefixes(self) -> None:
        declared = {m.file: m.prefixes for m in self.modules}
        for el in self.elements:
            fields = _mapping(el.value) if el.section != "module" else {}
            for key in (*MAPPING_KEYS, "class_uri", "slot_uri", "meaning"):
                for curie, node in _texts(fields.get(key, (None, None))[1]):
                    if ":" not in curie or curie.startswith(("http://", "https://")):
                        continue
                    prefix = curie.split(":", 1)[0]
                    if prefix not in declared.get(el.file, set()):
                        self.add(
                            el.file,
                            node,
                            "prefijo-no-declarado",
                            f"'{curie}': el prefijo '{prefix}' no está declarado en prefixes de este módulo",
                            f"'{curie}': the prefix '{prefix}' is not declared in this module's prefixes",
                        )

    def rule_dataset_examples(self) -> None:
        if not (self.repo_root / "examples").is_dir():
            root = self.schema_dir / "vdm.yaml"
            self.add(
                root if root.is_file() else self.schema_dir,
                (1, 1),
                "ejemplos-no-encontrados",
                f"no hay carpeta examples/ en {self.repo_root}: no se revisaron los ejemplos de los conjuntos de datos",
                f"no examples/ folder in {self.repo_root}: the datasets' examples were not checked",
                severity="warning",
            )
            return
        for el in self.elements:
            if el.section != "classes" or el.parent:
                continue
            is_a = _scalar(_mapping(el.value).get("is_a", (None, None))[1])
            if is_a != "ConjuntoDatos":
                continue
            folder = self.repo_root / "examples" / el.name
            for kind in ("valid", "invalid"):
                if not any((folder / kind).glob("*.*")):
                    self.add(
                        el.file,
                        el.key,
                        "dataset-sin-ejemplos",
                        f"conjunto de datos '{el.name}': faltan ejemplos en examples/{el.name}/{kind}/",
                        f"dataset '{el.name}': no examples in examples/{el.name}/{kind}/",
                    )

    # -- LinkML's linter ---------------------------------------------------------------------------
    def linkml_rules(self, config: Path | None) -> None:
        root = self.schema_dir / "vdm.yaml"
        if not root.is_file() or any(p.rule == "yaml-invalido" for p in self.problems):
            return
        import warnings

        from linkml.linter.linter import Linter as LinkmlLinter

        cfg = (
            yaml.safe_load(config.read_text(encoding="utf-8"))
            if config and config.is_file()
            else {"extends": "recommended"}
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                problems = list(LinkmlLinter(cfg).lint(str(root)))
            except Exception as err:  # noqa: BLE001 - a model LinkML cannot load is itself a finding
                detail = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
                file, where = self._locate_load_error(detail) or (root, (1, 1))
                self.add(
                    file,
                    where,
                    "linkml-carga",
                    f"LinkML no puede cargar el modelo (revise el elemento señalado y las importaciones): {detail}",
                    f"LinkML cannot load the model (check the element pointed at and the imports): {detail}",
                )
                return
        for p in problems:
            el = self._find(p.message)
            level = str(getattr(p.level, "text", p.level)).lower()
            es = f"{LINKML_RULES_ES.get(p.rule_name, p.rule_name)}: {p.message}"
            file, where = (el.file, el.where) if el else (root, (1, 1))
            self.add(file, where, f"linkml:{p.rule_name}", es, p.message, "error" if "error" in level else "warning")

    def _locate_load_error(self, detail: str) -> tuple[Path, tuple[int, int]] | None:
        """Where a LinkML load error points: the first YAML node that uses a name the message cites
        (a slot listed by a class, an import that names a missing file), else None."""
        names = [n for n in re.findall(r"[A-Za-z_][A-Za-z0-9_./-]*", detail) if len(n) > 2]
        cited = [n for n in names if n not in LOAD_ERROR_WORDS]
        for name in cited:
            for module in self.modules:
                hit = _first_scalar(module.root, name.rsplit("/", 1)[-1].removesuffix(".yaml"))
                if hit is not None:
                    return module.file, (hit.start_mark.line + 1, hit.start_mark.column + 1)
        return None

    def _find(self, message: str) -> _Element | None:
        for name in re.findall(r"'([^']+)'", message):
            for el in self.elements:
                if el.name == name and el.section != "module":
                    return el
        return None

    def run(self, linkml_config: Path | None = None, with_linkml: bool = True) -> list[LintProblem]:
        self.load()
        self.rule_bilingual()
        self.rule_naming()
        self.rule_master_data()
        self.rule_failures()
        self.rule_prefixes()
        self.rule_dataset_examples()
        if with_linkml:
            self.linkml_rules(linkml_config)
        return sorted(self.problems, key=lambda p: (str(p.file), p.line, p.column, p.rule))


def _annotation_value(node: yaml.Node | None) -> yaml.Node | None:
    """An annotation is `key: value` or `key: {tag: key, value: value}`."""
    inner = _mapping(node)
    if "value" in inner:
        return inner["value"][1]
    return node


def _first_scalar(node: yaml.Node | None, value: str) -> yaml.Node | None:
    """The first scalar node (key or value, depth first, in file order) equal to ``value``."""
    if isinstance(node, yaml.ScalarNode):
        return node if node.value == value else None
    if isinstance(node, yaml.MappingNode):
        children = [child for pair in node.value for child in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    else:
        return None
    for child in children:
        hit = _first_scalar(child, value)
        if hit is not None:
            return hit
    return None


def _placeholders(template: str | None) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template or "") if f}


def lint(schema_dir: Path, linkml_config: Path | None = None, with_linkml: bool = True) -> list[LintProblem]:
    return Linter(schema_dir).run(linkml_config, with_linkml)


def iter_rules() -> Iterator[str]:
    yield from (
        "yaml-invalido",
        "bilingue-faltante",
        "nombre-no-convencional",
        "dato-maestro-incompleto",
        "catalogo-desconocido",
        "falla-incompleta",
        "prefijo-no-declarado",
        "dataset-sin-ejemplos",
        "linkml:*",
    )
