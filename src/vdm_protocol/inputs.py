"""Turning what the user names (files, folders, globs, '-') into record streams."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .engine.decode import (
    MAX_DOCUMENT_BYTES,
    SNIFF_BYTES,
    RawRecord,
    decode_document,
    format_for_path,
    iter_ndjson_lines,
    iter_ndjson_stream,
    ndjson_shaped,
)
from .findings import Finding

STDIN = "-"
KNOWN_SUFFIXES = (".json", ".ndjson", ".jsonl", ".yaml", ".yml")


@dataclass(frozen=True)
class InputSource:
    name: str  # path as given, or "<stdin>"
    path: Path | None
    fmt: str


class InputError(ValueError):
    """A named input that does not exist or matches nothing (a usage error, exit 2)."""


def expand(targets: list[str], fmt: str = "auto") -> list[InputSource]:
    """Files as given, folders recursively (known suffixes only), globs expanded, '-' for stdin."""
    out: list[InputSource] = []
    for target in targets:
        if target == STDIN:
            out.append(InputSource("<stdin>", None, fmt))
            continue
        if any(ch in target for ch in "*?["):
            matches = sorted(glob.glob(target, recursive=True))
            if not matches:
                raise InputError(f"el patrón no coincide con ningún archivo / the pattern matches no file: {target}")
            out.extend(InputSource(m, Path(m), _fmt(m, fmt)) for m in matches if os.path.isfile(m))
            continue
        path = Path(target)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            out.extend(InputSource(str(p), p, _fmt(str(p), fmt)) for p in files)
        elif path.is_file():
            out.append(InputSource(target, path, _fmt(target, fmt)))
        else:
            raise InputError(f"no existe / does not exist: {target}")
    return out


def _fmt(name: str, fmt: str) -> str:
    return format_for_path(name) if fmt == "auto" else fmt


def read_records(source: InputSource) -> Iterator[RawRecord]:
    """Records of one source; NDJSON files and stdin streams are read line by line.

    Where the format is open ("auto", or "json" by suffix), a source that starts like NDJSON
    (:func:`ndjson_shaped`) is streamed line by line whatever its size, so a large batch on stdin
    is never cut at the document size limit.
    """
    if source.path is None:
        stream = sys.stdin.buffer
        if source.fmt == "ndjson":
            yield from iter_ndjson_stream(stream, source.name)
            return
        head = _read_ahead(stream)
        if source.fmt in ("auto", "json") and ndjson_shaped(head):
            yield from iter_ndjson_lines(_lines_after(head, stream), source.name)
            return
        yield from decode_document(head + stream.read(MAX_DOCUMENT_BYTES + 1 - len(head)), source.name, source.fmt)
        return
    try:
        if source.fmt == "ndjson":
            with source.path.open("rb") as handle:
                yield from iter_ndjson_stream(handle, source.name)
            return
        size = source.path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            with source.path.open("rb") as handle:
                head = _read_ahead(handle)
                if source.fmt in ("auto", "json") and ndjson_shaped(head):
                    yield from iter_ndjson_lines(_lines_after(head, handle), source.name)
                    return
            yield RawRecord(
                source.name, 0, None, findings=[Finding("VDM107", "", {"tamano": size, "limite": MAX_DOCUMENT_BYTES})]
            )
            return
        data = source.path.read_bytes()
    except OSError as err:
        raise InputError(f"no se puede leer / cannot read {source.name}: {err.strerror}") from err
    yield from decode_document(data, source.name, source.fmt)


def _read_ahead(stream: IO[bytes]) -> bytes:
    """At least SNIFF_BYTES, and on until two whole lines are in (long NDJSON lines), within the limit."""
    head = bytearray(stream.read(SNIFF_BYTES))
    while head.count(b"\n") < 2 and len(head) <= MAX_DOCUMENT_BYTES:
        more = stream.read(SNIFF_BYTES)
        if not more:
            break
        head += more
    return bytes(head)


def _lines_after(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``head`` and then of the rest of ``stream`` (the line cut by the read-ahead rejoined)."""
    *lines, tail = head.split(b"\n")
    for line in lines:
        yield line + b"\n"
    if tail:
        yield tail + stream.readline()
    yield from stream
