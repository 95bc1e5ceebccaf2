"""Side-by-side benchmark of `vdm validate` against the reference tools, in one run.

It builds its own data (benchmarks/datagen.py): N realistic RegistroCurp records, 10 %
invalid in ten different ways, written once as NDJSON (for vdm) and as a JSON array (for
linkml-validate, which reads no NDJSON). Every tool validates the same records:

* vdm CLI (text report to /dev/null), with --jobs 1 and --jobs 2;
* vdm Python API (validate_stream), in process;
* linkml-validate CLI on the same records;
* a reused linkml.validator.Validator (JSON Schema plugin, closed);
* jsonschema-rs, structure only (parse + all errors per record);
* the generated Pydantic classes (model_validate_json per record).

Then the start-up of `vdm validate` on one small file, and the peak RSS of `vdm validate`
on a 1,000,000-record NDJSON file. It prints figures, ratios and the targets of issue 4.

    python benchmarks/bench_validate.py                 # full run (several minutes)
    python benchmarks/bench_validate.py --records 20000 --big 0   # quick look
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import datagen  # noqa: E402

BIN = Path(sys.executable).parent
TARGET_CLASS = "RegistroCurp"


TIME = Path("/usr/bin/time")


def timed_run(cmd: list[str], **kw) -> tuple[float, int, int]:
    """(wall seconds, exit code, peak RSS in KiB) of one command.

    The peak RSS is read by /usr/bin/time: the rusage of a child forked from this (large)
    benchmark process would count the parent's pages copied at fork time.
    """
    with tempfile.NamedTemporaryFile("r") as rss_file:
        wrapped = [str(TIME), "-f", "%M", "-o", rss_file.name, *cmd] if TIME.exists() else cmd
        start = time.perf_counter()
        code = subprocess.call(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
        wall = time.perf_counter() - start
        text = rss_file.read().strip().splitlines()
    rss = int(text[-1]) if TIME.exists() and text and text[-1].isdigit() else 0
    return wall, code, rss


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def bench_api(lines: list[bytes]) -> float:
    from vdm_protocol import validate_stream

    list(validate_stream(lines[:200]))  # load catalogs and compile schemas first
    start = time.perf_counter()
    count = sum(1 for _ in validate_stream(lines))
    assert count == len(lines)
    return time.perf_counter() - start


def bench_linkml_validator(objects: list[dict]) -> float:
    import warnings

    from linkml.validator import Validator
    from linkml.validator.plugins import JsonschemaValidationPlugin

    warnings.simplefilter("ignore")
    validator = Validator(
        str(ROOT / "schemas" / "vdm.yaml"), validation_plugins=[JsonschemaValidationPlugin(closed=True)]
    )
    list(validator.iter_results(objects[0], TARGET_CLASS))
    start = time.perf_counter()
    for obj in objects:
        list(validator.iter_results(obj, TARGET_CLASS))
    return time.perf_counter() - start


def bench_jsonschema_rs(lines: list[bytes]) -> float:
    import jsonschema_rs

    schema = json.loads((ROOT / "src/vdm_protocol/generated/vdm.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema_rs.Draft201909Validator(
        {"$defs": schema["$defs"], "$ref": f"#/$defs/{TARGET_CLASS}"}, validate_formats=True
    )
    start = time.perf_counter()
    for line in lines:
        with contextlib.suppress(ValueError):
            list(validator.iter_errors(json.loads(line)))
    return time.perf_counter() - start


def bench_pydantic(lines: list[bytes]) -> float:
    from pydantic import ValidationError

    from vdm_protocol.generated import vdm_pydantic

    model = getattr(vdm_pydantic, TARGET_CLASS)
    start = time.perf_counter()
    for line in lines:
        with contextlib.suppress(ValidationError):
            model.model_validate_json(line)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000, help="records of the RSS run (0 to skip)")
    parser.add_argument("--reference-records", type=int, default=0, help="records for the linkml references (0: all)")
    args = parser.parse_args()
    n = args.records
    work = Path(tempfile.mkdtemp(prefix="vdm-bench-"))
    ndjson, array = work / "registros.ndjson", work / "registros.json"

    lines = [line.encode("utf-8") for line in datagen.records(n)]
    ndjson.write_bytes(b"\n".join(lines) + b"\n")
    objects = []
    for line in lines:
        with contextlib.suppress(ValueError):  # linkml-validate cannot read the malformed lines at all
            objects.append(json.loads(line))
    array.write_text(json.dumps(objects, ensure_ascii=False), encoding="utf-8")
    ref = objects[: args.reference_records] if args.reference_records else objects
    print(f"data: {n:,} records ({n - len(objects):,} malformed lines), {ndjson.stat().st_size / 1e6:.1f} MB; {work}")

    vdm = str(BIN / "vdm")
    results: dict[str, tuple[float, int]] = {}

    wall, code, _ = timed_run([vdm, "validate", "--no-progress", str(ndjson)])
    results["vdm CLI"] = (wall, n)
    assert code == 1, f"vdm exited {code}"
    wall2, _, _ = timed_run([vdm, "validate", "--no-progress", "--jobs", "2", str(ndjson)])
    results["vdm CLI --jobs 2"] = (wall2, n)
    results["vdm API"] = (bench_api(lines), n)

    wall_l, code_l, _ = timed_run(
        [str(BIN / "linkml-validate"), "-s", str(ROOT / "schemas/vdm.yaml"), "-C", TARGET_CLASS, str(array)]
    )
    results["linkml-validate CLI"] = (wall_l, len(objects))
    results["linkml Validator (reused)"] = (bench_linkml_validator(ref), len(ref))
    results["jsonschema-rs (structure only)"] = (bench_jsonschema_rs(lines), n)
    results["gen-pydantic models"] = (bench_pydantic(lines), n)

    print(f"\n{'tool':34} {'records':>9} {'seconds':>9} {'records/s':>11}")
    for name, (seconds, count) in results.items():
        print(f"{name:34} {count:>9,} {seconds:>9.2f} {rate(count, seconds):>11,.0f}")

    api = rate(*reversed(results["vdm API"]))
    cli = results["vdm CLI"][0]
    ref_rate = rate(results["linkml Validator (reused)"][1], results["linkml Validator (reused)"][0])
    rs_rate = rate(results["jsonschema-rs (structure only)"][1], results["jsonschema-rs (structure only)"][0])
    print("\nratios (every vdm layer on: decode, structure, semantics, protocol):")
    print(f"  vdm API records/s / reused linkml Validator:      {api / ref_rate:6.1f}x   (target >= 5x)")
    print(f"  linkml-validate CLI wall / vdm CLI wall:          {wall_l / cli:6.1f}x   (target >= 5x)")
    print(f"  vdm CLI --jobs 1 wall / --jobs 2 wall:            {cli / wall2:6.2f}x")
    print(f"  jsonschema-rs structure-only / vdm API records/s: {rs_rate / api:6.1f}x   (remaining distance)")

    # One small file of each kind the catalogs are read for: CURP states only, postal codes and
    # municipalities (an address), SCIAN and the service directory (a licence), a request.
    print("\nvdm validate of one small file (median of 7 runs):")
    medians = []
    for folder in ("RegistroCurp", "PersonaFisica", "LicenciaFuncionamiento", "SolicitudIntercambio"):
        small = sorted((ROOT / "examples" / folder / "valid").glob("*.json"))[0]
        walls = [timed_run([vdm, "validate", str(small)])[0] for _ in range(7)]
        medians.append(statistics.median(walls))
        print(f"  {small.relative_to(ROOT)}: {medians[-1]:.3f} s")
    print(f"  slowest: {max(medians):.3f} s (target <= 0.3 s)")

    if args.big:
        big = work / "grande.ndjson"
        with big.open("wb") as handle:
            for line in datagen.records(args.big, seed=7):
                handle.write(line.encode("utf-8") + b"\n")
        wall_b, _, rss = timed_run([vdm, "validate", "--no-progress", "--format", "json", "-o", os.devnull, str(big)])
        print(
            f"vdm validate of {args.big:,} NDJSON records: {wall_b:.1f} s, peak RSS {rss / 1024:.0f} MB "
            f"(target <= 200 MB)"
        )
        big.unlink()
    ndjson.unlink()
    array.unlink()


if __name__ == "__main__":
    main()
