"""The Python API: validate documents, streams and files, and get typed verdicts back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .engine import Options, Pipeline, UsageError
from .engine.decode import RawRecord, decode_document, format_for_path, iter_ndjson_lines
from .engine.protocol import ExchangeContext
from .findings import Bilingual, Finding, RecordResult, Report
from .inputs import InputSource, expand, read_records

#: Records handed to a worker at once when --jobs > 1.
CHUNK_RECORDS = 2000


REQUEST_CLASS = "SolicitudIntercambio"


def _options(
    class_name: str | None, request: Any, documents: Iterable[bytes | str | Path], today: dt.date | None
) -> Options:
    exchange = ExchangeContext()
    if request is not None:
        request_fmt = "auto"
        if isinstance(request, (str, Path)) and _is_file(request):
            request_fmt = format_for_path(str(request))
            request = Path(request).read_bytes()
        elif isinstance(request, str):  # the request's text itself
            request = request.encode("utf-8")
        if isinstance(request, bytes):
            exchange.request_bytes = request
            exchange.request = _decode_request(request, request_fmt)
        else:
            exchange.request = request
        kind = exchange.request.get("tipo", REQUEST_CLASS) if isinstance(exchange.request, dict) else None
        if kind != REQUEST_CLASS:
            found = kind if isinstance(kind, str) else type(exchange.request).__name__
            raise RequestError(
                [], Bilingual(f"es un {found}, no una {REQUEST_CLASS}", f"it is a {found}, not a {REQUEST_CLASS}")
            )
    exchange.documents = [Path(d).read_bytes() if isinstance(d, (str, Path)) else d for d in documents]
    return Options(class_name=class_name, exchange=exchange, today=today)


class RequestError(UsageError):
    """The request given with ``request=`` (``--request``) cannot be used, so a response cannot be
    correlated with it: it does not decode (the findings say where, with their failure codes) or it
    is not a SolicitudIntercambio."""

    def __init__(self, findings: list[Finding], detail: Bilingual | None = None) -> None:
        self.findings = findings
        self.detail = detail
        super().__init__(self.message("es") + " / " + self.message("en"))

    def message(self, lang: str = "es") -> str:
        head = "la solicitud (--request) no se puede usar" if lang == "es" else "the request (--request) cannot be used"
        parts = [f"{f.code}: {f.message(lang)}" for f in self.findings]
        if self.detail is not None:
            parts.append(self.detail.es if lang == "es" else self.detail.en)
        return f"{head}: " + "; ".join(parts)


def _is_file(candidate: str | Path) -> bool:
    """Whether ``candidate`` names a file (a long JSON text is not a path, it is too long to be one)."""
    try:
        return Path(candidate).is_file()
    except (OSError, ValueError):
        return False


def _decode_request(data: bytes, fmt: str = "auto") -> Any:
    """The request as a value, through the same decode layer as any payload (JSON or YAML)."""
    records = list(decode_document(data, "--request", "json" if fmt == "ndjson" else fmt))
    problems = [f for r in records for f in r.findings if f.severity == "error"]
    if len(records) > 1:  # several YAML documents: which one is the request?
        problems.append(
            Finding(
                "VDM101",
                "",
                {
                    "formato": "JSON" if data.lstrip()[:1] in (b"{", b"[") else "YAML",  # JSON lines, or YAML documents
                    "linea": records[1].line or 1,
                    "columna": 1,
                    "detalle": Bilingual("más de un documento", "more than one document"),
                },
            )
        )
    if problems or not records or not records[0].decoded:
        raise RequestError(problems or records[0].findings)
    return records[0].data


def validate(
    payload: bytes | str | dict | list | Path,
    *,
    class_name: str | None = None,
    fmt: str = "auto",
    request: bytes | dict | str | Path | None = None,
    documents: Iterable[bytes | str | Path] = (),
    today: dt.date | None = None,
    source: str = "<payload>",
) -> Report:
    """Validate one document (bytes, text, an already parsed value, or a file path).

    ``request`` is the request a response answers (bytes give the digest check too);
    ``documents`` are the bytes of the evidence documents, in evidence order.
    """
    pipeline = Pipeline(_options(class_name, request, documents, today))
    if isinstance(payload, Path):
        records: Iterable[RawRecord] = read_records(expand([str(payload)], fmt)[0])
    elif isinstance(payload, (bytes, str)):
        data = payload.encode("utf-8") if isinstance(payload, str) else payload
        records = decode_document(data, source, fmt)
    else:
        records = [RawRecord(source, 0, None, payload, None, True)]
    return Report([pipeline.run(r) for r in records])


def validate_stream(
    lines: Iterable[bytes],
    *,
    class_name: str | None = None,
    today: dt.date | None = None,
    source: str = "<stream>",
) -> Iterator[RecordResult]:
    """Validate NDJSON lines lazily, in constant memory: one verdict per non-blank line."""
    pipeline = Pipeline(_options(class_name, None, (), today))
    for raw in iter_ndjson_lines(lines, source):
        yield pipeline.run(raw)


# -- files, optionally in parallel ----------------------------------------------------------------
_worker_pipeline: Pipeline | None = None


def _init_worker(options: Options) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(options)


def _run_chunk(chunk: list[tuple[str, int, int | None, bytes]]) -> list[RecordResult]:
    assert _worker_pipeline is not None
    out = []
    for source, index, line, raw_line in chunk:
        for raw in iter_ndjson_lines([raw_line], source):
            raw.index, raw.line = index, line
            out.append(_worker_pipeline.run(raw))
    return out


def _ndjson_chunks(source: InputSource) -> Iterator[list[tuple[str, int, int | None, bytes]]]:
    assert source.path is not None
    chunk = []
    index = 0
    with source.path.open("rb") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            chunk.append((source.name, index, lineno, line))
            index += 1
            if len(chunk) >= CHUNK_RECORDS:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def validate_paths(
    targets: list[str],
    *,
    class_name: str | None = None,
    fmt: str = "auto",
    request: bytes | dict | str | Path | None = None,
    documents: Iterable[bytes | str | Path] = (),
    today: dt.date | None = None,
    jobs: int = 1,
) -> Iterator[RecordResult]:
    """Verdicts for every record of every named file, folder, glob or '-', in input order.

    With ``jobs`` > 1, NDJSON files are validated by that many worker processes, a bounded
    number of chunks in flight so memory stays flat whatever the file size.
    """
    options = _options(class_name, request, documents, today)
    pipeline = Pipeline(options)
    sources = expand(targets, fmt)
    executor = None
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor  # only for parallel runs: it is slow to import

        executor = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(options,))
    try:
        for source in sources:
            if executor is not None and source.fmt == "ndjson" and source.path is not None:
                yield from _parallel(executor, _ndjson_chunks(source), jobs)
            else:
                for raw in read_records(source):
                    yield pipeline.run(raw)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)


def _parallel(executor: Any, chunks: Iterator[list], jobs: int) -> Iterator[RecordResult]:
    from collections import deque

    pending: deque = deque()
    for chunk in chunks:
        pending.append(executor.submit(_run_chunk, chunk))
        if len(pending) >= 2 * jobs:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
