"""Decode layer: bytes -> records, each with the decode findings that concern it.

JSON, YAML (safe loading only) and NDJSON (one record per line, streamed). Checks:
encoding (VDM102), BOM (VDM103), malformed document with line and column (VDM101),
duplicate object keys (VDM104), NaN/Infinity (VDM105), nesting deeper than
MAX_DEPTH (VDM106), documents larger than MAX_DOCUMENT_BYTES (VDM107) and YAML
documents whose aliases expand past MAX_YAML_NODES (VDM108).

A record that cannot be decoded still yields a RawRecord (decoded=False), so a batch
of N records always yields N verdicts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ..findings import Bilingual, Finding
from .pointer import join_pointer

#: Deepest nesting of objects and arrays a payload may have (the deepest protocol message
#: needs about 8).
MAX_DEPTH = 64
#: Largest document (or NDJSON line) accepted, in bytes.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
#: Bytes read ahead to tell NDJSON from one document when the format is not given.
SNIFF_BYTES = 65536
#: Most YAML nodes one document may expand to (guards against alias bombs).
MAX_YAML_NODES = 1_000_000

BOM_UTF8 = b"\xef\xbb\xbf"
_OTHER_BOMS = {b"\xff\xfe": "UTF-16 LE", b"\xfe\xff": "UTF-16 BE"}

FORMATS = ("auto", "json", "yaml", "ndjson")
_EXTENSIONS = {
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".yaml": "yaml",
    ".yml": "yaml",
}


@dataclass(slots=True)
class RawRecord:
    source: str
    index: int
    line: int | None
    data: Any = None
    raw: bytes | None = None
    decoded: bool = False
    findings: list[Finding] = field(default_factory=list)


def format_for_path(path: str) -> str:
    for ext, fmt in _EXTENSIONS.items():
        if path.lower().endswith(ext):
            return fmt
    return "auto"


# -- JSON ------------------------------------------------------------------------------------
class _JsonState:
    """Per-document bookkeeping for the hooks of json.loads."""

    __slots__ = ("duplicates", "non_finite")

    def __init__(self) -> None:
        self.duplicates: dict[int, list[str]] = {}
        self.non_finite: list[str] = []


class _Hooks:
    """Hooks of the one JSONDecoder this module builds; they write into the current state.

    Building a JSONDecoder per document (what json.loads with hooks does) cost more than
    parsing a typical record, so one decoder is built and its state swapped per call.
    """

    state = _JsonState()

    @classmethod
    def pairs(cls, pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            cls.state.duplicates[id(obj)] = [k for k, _ in pairs if k in seen or seen.add(k)]
        return obj

    @classmethod
    def constant(cls, name: str) -> float:
        cls.state.non_finite.append(name)
        return float(name.replace("Infinity", "inf"))


_DECODER = json.JSONDecoder(object_pairs_hook=_Hooks.pairs, parse_constant=_Hooks.constant)


def _loads(text: str, state: _JsonState) -> Any:
    """json.loads, noting duplicate member names and non-finite numbers as it goes."""
    _Hooks.state = state
    return _DECODER.decode(text)


def _walk_containers(data: Any) -> Iterator[tuple[str, Any]]:
    """(pointer, value) for every value, iteratively (no recursion limit)."""
    stack = [("", data)]
    while stack:
        ptr, val = stack.pop()
        yield ptr, val
        if isinstance(val, dict):
            stack.extend((join_pointer(ptr, k), v) for k, v in val.items())
        elif isinstance(val, list):
            stack.extend((f"{ptr}/{i}", v) for i, v in enumerate(val))


def _max_depth(data: Any) -> int:
    deepest = 0
    stack = [(data, 1)]
    while stack:
        val, depth = stack.pop()
        if isinstance(val, dict):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in val.values())
        elif isinstance(val, list):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in val)
    return deepest


def _after_json(data: Any, text: str, state: _JsonState, findings: list[Finding]) -> bool:
    """Adds the post-parse findings; False when the document is too deep to be checked further."""
    if state.duplicates or state.non_finite:
        for ptr, val in _walk_containers(data):
            if isinstance(val, dict) and id(val) in state.duplicates:
                for key in state.duplicates[id(val)]:
                    findings.append(Finding("VDM104", join_pointer(ptr, key), {"clave": key}))
            elif isinstance(val, float) and not math.isfinite(val):
                literal = "NaN" if math.isnan(val) else ("Infinity" if val > 0 else "-Infinity")
                findings.append(Finding("VDM105", ptr, {"literal": literal}))
    # Depth can only exceed the limit if there are that many brackets at all.
    if text.count("{") + text.count("[") > MAX_DEPTH:
        depth = _max_depth(data)
        if depth > MAX_DEPTH:
            findings.append(Finding("VDM106", "", {"profundidad": depth, "limite": MAX_DEPTH}))
            return False
    return True


#: Spanish for the messages of Python's JSON decoder (the English ones are its own).
_JSON_MESSAGES_ES = {
    "Expecting value": "se esperaba un valor",
    "Expecting property name enclosed in double quotes": "se esperaba un nombre de campo entre comillas dobles",
    "Expecting ',' delimiter": "se esperaba una coma (,)",
    "Expecting ':' delimiter": "se esperaban dos puntos (:)",
    "Unterminated string starting at": "cadena sin cerrar",
    "Invalid control character at": "carácter de control no válido",
    "Invalid \\escape": "secuencia de escape no válida",
    "Invalid \\uXXXX escape": "escape \\uXXXX no válido",
    "Extra data": "datos de más después del documento",
    "Illegal trailing comma before end of object": "coma de más antes del cierre del objeto",
    "Illegal trailing comma before end of array": "coma de más antes del cierre de la lista",
}


def _json_error(err: json.JSONDecodeError, line_offset: int = 0) -> Finding:
    detail = Bilingual(_JSON_MESSAGES_ES.get(err.msg, err.msg), err.msg)
    return Finding(
        "VDM101",
        "",
        {"formato": "JSON", "linea": err.lineno + line_offset, "columna": err.colno, "detalle": detail},
    )


def _decode_text(data: bytes, findings: list[Finding]) -> str | None:
    """UTF-8 text of ``data`` (BOM stripped with a warning), or None after a VDM102."""
    for bom, _name in _OTHER_BOMS.items():
        if data.startswith(bom):
            findings.append(Finding("VDM102", "", {"posicion": 0}))
            return None
    if data.startswith(BOM_UTF8):
        findings.append(Finding("VDM103", "", {"bom": "EF BB BF"}))
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        findings.append(Finding("VDM102", "", {"posicion": err.start}))
        return None


def _empty_document(fmt: str) -> Finding:
    detail = Bilingual("documento vacío", "empty document")
    return Finding("VDM101", "", {"formato": fmt, "linea": 1, "columna": 1, "detalle": detail})


def _too_large(size: int) -> Finding:
    return Finding("VDM107", "", {"tamano": size, "limite": MAX_DOCUMENT_BYTES})


def decode_json_text(text: str, findings: list[Finding], line_offset: int = 0) -> tuple[bool, Any]:
    state = _JsonState()
    try:
        data = _loads(text, state)
    except json.JSONDecodeError as err:
        findings.append(_json_error(err, line_offset))
        return False, None
    except RecursionError:
        findings.append(Finding("VDM106", "", {"profundidad": f">{MAX_DEPTH}", "limite": MAX_DEPTH}))
        return False, None
    if not _after_json(data, text, state, findings):
        return False, None
    return True, data


# -- documents and streams ---------------------------------------------------------------------
def decode_document(data: bytes, source: str, fmt: str = "auto") -> Iterator[RawRecord]:
    """Records of one whole document held in memory.

    With ``fmt`` "auto" or "json", a document that does not decode as a whole but is shaped like
    NDJSON (see :func:`ndjson_shaped`) is read line by line instead, so that one bad line does not
    swallow the records around it.
    """
    records = None if fmt == "ndjson" else _whole_document(data, source, fmt)
    if records is not None and not (
        fmt in ("auto", "json") and _undecoded(records) and ndjson_shaped(data[:SNIFF_BYTES])
    ):
        yield from records
        return
    yield from iter_ndjson_lines(data.splitlines(keepends=True), source)


def _undecoded(records: list[RawRecord]) -> bool:
    """Whether a whole-document reading failed: a record not decoded, or not an object."""
    return not all(r.decoded and isinstance(r.data, dict) for r in records)


def _whole_document(data: bytes, source: str, fmt: str) -> list[RawRecord] | None:
    """The records of ``data`` read as one JSON or YAML document, or None for JSON values one per line."""
    findings: list[Finding] = []
    if len(data) > MAX_DOCUMENT_BYTES:
        return [RawRecord(source, 0, None, findings=[_too_large(len(data))])]
    text = _decode_text(data, findings)
    if text is None:
        return [RawRecord(source, 0, None, findings=findings)]
    if fmt == "auto":
        stripped = text.lstrip()
        fmt = "json" if stripped[:1] in ("{", "[") else "yaml"
    if not text.strip():
        return [RawRecord(source, 0, 1, findings=[*findings, _empty_document("YAML" if fmt == "yaml" else "JSON")])]
    if fmt == "yaml":
        from .yaml_decode import yaml_records  # PyYAML is imported only for YAML input

        records = list(yaml_records(text, source))
        if not records:  # only comments or directives: still one verdict
            return [RawRecord(source, 0, 1, findings=[*findings, _empty_document("YAML")])]
        records[0].findings[:0] = findings
        return records
    ok, value = decode_json_text(text, findings)
    if not ok and _looks_like_ndjson(text, findings):
        return None  # a whole JSON value, then more: NDJSON
    if not ok:
        return [RawRecord(source, 0, findings[-1].params.get("linea"), findings=findings)]
    return [RawRecord(source, 0, 1, value, data, True, findings)]


def ndjson_shaped(data: bytes) -> bool:
    """Whether bytes look like NDJSON: two or more lines hold a whole JSON object (open it at column 0
    and close it at their end), and they are at least half of the non-blank lines. A pretty-printed
    document has no such line."""
    lines = [line.rstrip() for line in data.splitlines() if line.strip()]
    if lines and lines[0].startswith(BOM_UTF8):
        lines[0] = lines[0][len(BOM_UTF8) :]
    objects = sum(1 for line in lines if line.startswith(b"{") and line.endswith(b"}"))
    return objects >= 2 and 2 * objects >= len(lines)


def _looks_like_ndjson(text: str, findings: list[Finding]) -> bool:
    last = findings[-1] if findings else None
    return bool(last and last.code == "VDM101" and getattr(last.params.get("detalle"), "en", None) == "Extra data")


def iter_ndjson_lines(lines: Iterable[bytes], source: str) -> Iterator[RawRecord]:
    """One record per non-blank line; line numbers are 1-based and count blank lines too."""
    index = 0
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        findings: list[Finding] = []
        rec = RawRecord(source, index, lineno, findings=findings)
        index += 1
        if len(line) > MAX_DOCUMENT_BYTES:
            findings.append(_too_large(len(line)))
            yield rec
            continue
        raw = line.rstrip(b"\r\n")
        text = _decode_text(raw, findings)
        if text is None:
            yield rec
            continue
        ok, value = decode_json_text(text, findings, line_offset=lineno - 1)
        if ok:
            rec.data, rec.raw, rec.decoded = value, raw, True
        yield rec


def iter_ndjson_stream(stream: IO[bytes], source: str) -> Iterator[RawRecord]:
    """Streams NDJSON from a binary file object in constant memory."""
    return iter_ndjson_lines(stream, source)
