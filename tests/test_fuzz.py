"""Property-based fuzzing of the validator: generated and mutated payloads never crash it.

Four properties share the budget; by default they feed 4 x 2,500 = 10,000 payloads per run.
A longer run: ``VDM_FUZZ_EXAMPLES=250000 python -m pytest tests/test_fuzz.py`` (per property).
"""

from __future__ import annotations

import json
import os
import random

from conftest import EXAMPLES, TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vdm_protocol import validate, validate_stream
from vdm_protocol.engine.decode import ndjson_shaped

EXAMPLES_PER_PROPERTY = int(os.environ.get("VDM_FUZZ_EXAMPLES", "2500"))
FUZZ = settings(
    max_examples=EXAMPLES_PER_PROPERTY,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SEEDS = sorted(p.read_bytes() for p in EXAMPLES.rglob("*.json"))
VALID_SEEDS = [json.loads(p.read_bytes()) for p in sorted(EXAMPLES.rglob("valid/*.json"))]

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


def assert_sound(report, expected_records: int | None = None) -> None:
    assert report.records, "every input gets a verdict"
    if expected_records is not None:
        assert len(report.records) == expected_records
    for record in report.records:
        codes = [f.code for f in record.findings]
        assert "VDM900" not in codes, [f.params for f in record.findings if f.code == "VDM900"]
        for f in record.findings:
            f.message("es")
            f.message("en")
            f.to_dict("es")


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _mutate(doc, path, action, replacement):
    if not path:
        return replacement
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if action == "delete":
        del parent[key]
    elif action == "duplicate" and isinstance(parent, list):
        parent.append(parent[key])
    else:
        parent[key] = replacement
    return doc


@FUZZ
@given(
    st.sampled_from(range(len(VALID_SEEDS))),
    st.integers(min_value=0),
    st.sampled_from(["replace", "delete", "duplicate"]),
    json_values,
)
def test_structural_mutations_of_valid_examples(seed, where, action, replacement):
    doc = json.loads(json.dumps(VALID_SEEDS[seed]))
    paths = list(_paths(doc))
    doc = _mutate(doc, paths[where % len(paths)], action, replacement)
    assert_sound(validate(doc, today=TODAY), 1)


@FUZZ
@given(
    st.sampled_from(range(len(SEEDS))),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=6),
    st.integers(min_value=0),
)
def test_byte_mutations_of_examples(seed, flips, cut):
    data = bytearray(SEEDS[seed])
    for pos, byte in flips:
        data[pos % len(data)] = byte
    data = bytes(data[: max(1, cut % (len(data) + 1))])
    # One document, one verdict; several YAML documents or NDJSON-shaped bytes give one per record.
    assert_sound(validate(data, today=TODAY), None if b"\n---" in data or ndjson_shaped(data) else 1)


@FUZZ
@given(json_values | st.binary(max_size=200).map(lambda b: {"raw": b.decode("latin-1")}))
def test_arbitrary_json_values(value):
    report = validate(value, today=TODAY)
    assert_sound(report, 1)


@FUZZ
@given(st.lists(st.binary(max_size=80) | json_values.map(lambda v: json.dumps(v).encode()), max_size=8), st.randoms())
def test_ndjson_batches_yield_one_verdict_per_record(lines, rnd: random.Random):
    seeds = [s.replace(b"\n", b" ") for s in rnd.sample(SEEDS, k=min(2, len(SEEDS)))]
    batch = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines] + seeds
    results = list(validate_stream(batch, today=TODAY))
    expected = sum(1 for line in batch if line.strip())
    assert len(results) == expected
    for r in results:
        assert "VDM900" not in r.codes
