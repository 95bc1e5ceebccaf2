"""YAML decoding (safe loading only), imported on the first YAML input."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any

import yaml

from ..findings import Bilingual, Finding
from .decode import MAX_DEPTH, MAX_YAML_NODES, RawRecord
from .pointer import join_pointer


class _YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader that keeps timestamps as strings: dates travel as ISO text in JSON too."""


_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


#: The tags of JSON's data model: anything else in a payload is refused, not read as a plain value.
_DATA_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("map", "seq", "str", "int", "float", "bool", "null"))


class _YamlBuilder:
    """Builds Python values from YAML nodes, with JSON Pointers for located findings."""

    def __init__(self, loader: yaml.BaseLoader, findings: list[Finding], line_offset: int = 0) -> None:
        self.loader = loader
        self.findings = findings
        self.line_offset = line_offset
        self.nodes = 0

    def build(self, node: yaml.Node, ptr: str = "", depth: int = 1) -> Any:
        self.nodes += 1
        if self.nodes > MAX_YAML_NODES:
            raise _YamlTooLarge
        if depth > MAX_DEPTH:
            raise _YamlTooDeep
        if node.tag not in _DATA_TAGS:  # !!python/..., !!set, local tags: not JSON data
            mark = node.start_mark
            detail = Bilingual(f"etiqueta YAML no admitida: {node.tag}", f"YAML tag not accepted: {node.tag}")
            self.findings.append(_malformed(mark.line + 1 + self.line_offset, mark.column + 1, detail, ptr))
            return None
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.loader.construct_object(key_node, deep=True)
                key = key if isinstance(key, str) else json.dumps(key, default=str)
                child = join_pointer(ptr, key)
                if key in out:
                    line = key_node.start_mark.line + 1 + self.line_offset
                    self.findings.append(Finding("VDM104", child, {"clave": key, "linea": line}))
                out[key] = self.build(value_node, child, depth + 1)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(n, f"{ptr}/{i}", depth + 1) for i, n in enumerate(node.value)]
        value = self.loader.construct_object(node, deep=True)
        if isinstance(value, float) and not math.isfinite(value):
            self.findings.append(Finding("VDM105", ptr, {"literal": node.value}))
        return value


class _YamlTooLarge(Exception):
    pass


class _YamlTooDeep(Exception):
    pass


#: Spanish for the commonest problems the YAML parser reports (libyaml's and PyYAML's wording),
#: matched by prefix; any other keeps the parser's English in both languages.
_YAML_PROBLEMS_ES = (
    ("mapping values are not allowed", "aquí no se permite un valor de mapeo (revise la sangría o los dos puntos)"),
    ("did not find expected key", "no se encontró la clave esperada (revise la sangría)"),
    ("did not find expected ',' or ']'", "falta una coma (,) o el cierre de la lista (])"),
    ("did not find expected ',' or '}'", "falta una coma (,) o el cierre del mapeo (})"),
    ("did not find expected node content", "falta el contenido de un nodo"),
    ("did not find expected '-' indicator", "se esperaba un guion (-) de elemento de lista"),
    ("could not find expected ':'", "no se encontraron los dos puntos (:) esperados"),
    ("found character that cannot start any token", "hay un carácter que no puede iniciar ningún elemento"),
    ("found unexpected end of stream", "el documento termina antes de tiempo"),
    ("found a tab character", "hay un tabulador donde la sangría exige espacios"),
    ("block sequence entries are not allowed", "aquí no se permite un elemento de lista"),
    ("found unknown escape character", "secuencia de escape desconocida"),
    ("found undefined alias", "alias no definido"),
    ("found duplicate anchor", "ancla duplicada"),
    ("expected ',' or ']'", "falta una coma (,) o el cierre de la lista (])"),
    ("expected ',' or '}'", "falta una coma (,) o el cierre del mapeo (})"),
    ("expected <block end>", "la sangría no cierra el bloque como se esperaba"),
)


def yaml_problem(problem: str) -> Bilingual:
    for prefix, spanish in _YAML_PROBLEMS_ES:
        if problem.startswith(prefix):
            return Bilingual(spanish, problem)
    return Bilingual(problem, problem)


#: A line that starts a new YAML document.
_DOCUMENT_START = re.compile(r"^---(?:[ \t]|$)", re.MULTILINE)


def yaml_records(text: str, source: str) -> Iterator[RawRecord]:
    """One record per YAML document. A syntax error ends the broken document only: parsing goes on
    at the next ``---`` line after the error, so the documents after it still get their verdicts."""
    index, line_offset = 0, 0
    while text:
        broken_at = None  # 0-based line of a syntax error in ``text``, if parsing stopped at one
        loader = _YamlLoader(text)
        try:
            while loader.check_node():
                node = loader.get_node()
                rec = RawRecord(source, index, node.start_mark.line + 1 + line_offset)
                try:
                    rec.data = _YamlBuilder(loader, rec.findings, line_offset).build(node)
                    rec.decoded = True
                except _YamlTooLarge:
                    rec.findings.append(Finding("VDM108", "", {"limite": MAX_YAML_NODES}))
                except _YamlTooDeep:
                    rec.findings.append(Finding("VDM106", "", {"profundidad": f">{MAX_DEPTH}", "limite": MAX_DEPTH}))
                index += 1
                yield rec
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
            line = (mark.line + 1 + line_offset) if mark else None
            problem = yaml_problem(getattr(err, "problem", None) or str(err).splitlines()[0])
            rec = RawRecord(source, index, line)
            rec.findings.append(_malformed(line or "?", (mark.column + 1) if mark else "?", problem))
            index += 1
            yield rec
            broken_at = mark.line if mark else None
        finally:
            loader.dispose()
        following = (
            _DOCUMENT_START.search(text, _offset_of_line(text, broken_at + 1)) if broken_at is not None else None
        )
        if following is None:
            return
        line_offset += text.count("\n", 0, following.start())
        text = text[following.start() :]


def _malformed(line: int | str, column: int | str, detail: Bilingual, pointer: str = "") -> Finding:
    return Finding("VDM101", pointer, {"formato": "YAML", "linea": line, "columna": column, "detalle": detail})


def _offset_of_line(text: str, line: int) -> int:
    """Character offset where 0-based ``line`` starts (the end of the text past the last line)."""
    offset = 0
    for _ in range(line):
        offset = text.find("\n", offset)
        if offset < 0:
            return len(text)
        offset += 1
    return offset
