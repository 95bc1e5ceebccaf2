"""The `vdm` command: exit codes, formats, languages, masking. Run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from conftest import PERSON

from vdm_protocol.report.json import SCHEMA_PATH


def vdm(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vdm_protocol.cli", *args], input=stdin, capture_output=True)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(PERSON), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**PERSON, "curp": "PEGJ900512HJCRRS05"}), encoding="utf-8")
    warn = tmp_path / "warn.json"
    warn.write_text(json.dumps({**PERSON, "rfc": "PEGJ900512AB1"}), encoding="utf-8")
    batch = tmp_path / "batch.ndjson"
    batch.write_text("\n".join([json.dumps(PERSON), "{oops", "", json.dumps({**PERSON, "sexo": "M"})]) + "\n")
    return {"good": good, "bad": bad, "warn": warn, "batch": batch}


def test_exit_codes(files):
    assert vdm("validate", str(files["good"])).returncode == 0
    assert vdm("validate", str(files["bad"])).returncode == 1
    assert vdm("validate", "/nonexistent.json").returncode == 2
    assert vdm("validate", str(files["good"]), "--class", "NoSuchClass").returncode == 2
    assert vdm("validate").returncode == 2
    assert vdm("validate", str(files["good"]), "--format", "xml").returncode == 2


def test_warnings_fail_only_with_strict(files):
    plain = vdm("validate", str(files["warn"]))
    assert plain.returncode == 0, plain.stdout.decode()
    assert b"VDM302" in plain.stdout
    assert vdm("validate", "--strict", str(files["warn"])).returncode == 1


def test_text_report_is_bilingual_and_masked(files):
    es = vdm("validate", str(files["bad"])).stdout.decode()
    en = vdm("validate", "--lang", "en", str(files["bad"])).stdout.decode()
    assert "VDM301" in es and "dígito verificador" in es and "1 registro en 1 archivo" in es
    assert "check-digit" in en and "1 record in 1 file" in en
    assert "PEGJ900512HJCRRS05" not in es
    assert "PEGJ900512HJCRRS05" in vdm("validate", "--show-values", str(files["bad"])).stdout.decode()


def test_json_report_follows_its_schema(files):
    out = vdm("validate", "--format", "json", str(files["batch"]), str(files["good"]))
    report = json.loads(out.stdout)
    jsonschema.validate(report, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert report["summary"]["records"] == 4
    assert [r["line"] for r in report["records"][:3]] == [1, 2, 4]
    assert out.returncode == 1


def test_junit_report(files):
    out = vdm("validate", "--format", "junit", str(files["batch"]), str(files["good"]))
    root = ET.fromstring(out.stdout)
    suites = root.findall("testsuite")
    assert [s.get("tests") for s in suites] == ["3", "1"]
    assert [s.get("failures") for s in suites] == ["2", "0"]
    assert root.find(".//failure").get("type") == "VDM101"


def test_sarif_report(files):
    out = vdm("validate", "--format", "sarif", str(files["bad"]))
    sarif = json.loads(out.stdout)
    run = sarif["runs"][0]
    assert sarif["version"] == "2.1.0"
    assert any(r["id"] == "VDM301" for r in run["tool"]["driver"]["rules"])
    assert run["results"][0]["ruleId"] == "VDM301"
    assert run["results"][0]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "/curp"


def test_stdin_json_and_ndjson(files):
    assert vdm("validate", "-", stdin=files["good"].read_bytes()).returncode == 0
    out = vdm("validate", "--input-format", "ndjson", "--format", "json", "-", stdin=files["batch"].read_bytes())
    assert json.loads(out.stdout)["summary"]["records"] == 3


def test_folders_and_globs(files, tmp_path):
    out = vdm("validate", "--format", "json", str(tmp_path))
    assert json.loads(out.stdout)["summary"]["sources"] == 4
    out = vdm("validate", "--format", "json", str(tmp_path / "*.json"))
    assert json.loads(out.stdout)["summary"]["sources"] == 3
    assert vdm("validate", str(tmp_path / "*.nothing")).returncode == 2


def test_output_file(files, tmp_path):
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    assert vdm("validate", "--format", "json", "-o", str(target), str(files["good"])).returncode == 0
    assert json.loads(target.read_text())["summary"]["valid"] == 1


def test_parallel_jobs_give_the_same_verdicts(tmp_path):
    lines = [json.dumps({**PERSON, "sexo": "M" if i % 7 == 0 else "H"}) for i in range(5000)]
    path = tmp_path / "many.ndjson"
    path.write_text("\n".join(lines) + "\n")
    one = json.loads(vdm("validate", "--format", "json", str(path)).stdout)
    two = json.loads(vdm("validate", "--format", "json", "--jobs", "2", str(path)).stdout)
    assert one["records"] == two["records"]
    assert two["summary"]["invalid"] == len([i for i in range(5000) if i % 7 == 0])


def test_no_traceback_on_garbage(tmp_path):
    path = tmp_path / "garbage.json"
    path.write_bytes(bytes(range(256)) * 10)
    out = vdm("validate", str(path))
    assert out.returncode == 1
    assert b"Traceback" not in out.stdout + out.stderr


def test_codes_command():
    out = vdm("codes", "--lang", "en")
    assert out.returncode == 0 and b"VDM301" in out.stdout


@pytest.mark.parametrize("jobs", [2, 3])
def test_jobs_n_uses_n_worker_processes(tmp_path, monkeypatch, jobs):
    import concurrent.futures
    import os

    from vdm_protocol import validate_paths

    workers: list[set[int]] = []

    class Recording(concurrent.futures.ProcessPoolExecutor):
        def shutdown(self, *args, **kwargs):
            workers.append(set(self._processes or {}))  # pid -> process, before they are joined
            super().shutdown(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recording)
    path = tmp_path / "many.ndjson"
    path.write_text("\n".join(json.dumps(PERSON) for _ in range(12_000)) + "\n")
    verdicts = list(validate_paths([str(path)], jobs=jobs))
    assert len(verdicts) == 12_000 and all(v.passed() for v in verdicts)
    (pids,) = workers
    assert len(pids) == jobs and os.getpid() not in pids


@pytest.mark.parametrize(
    "fmt,stdout_is_terminal,shown",
    [("text", True, True), ("text", False, True), ("json", True, False), ("sarif", False, True)],
)
def test_progress_bar_goes_to_stderr_without_garbling_the_report(fmt, stdout_is_terminal, shown):
    import io

    from vdm_protocol.cli import _progress_display
    from vdm_protocol.report import ReportOptions, reporter_class

    class Handle(io.StringIO):
        def isatty(self):
            return stdout_is_terminal

    reporter = reporter_class(fmt)(Handle(), ReportOptions())
    reporter.start()
    progress = _progress_display(reporter, reporter.out)
    assert (progress is not None) == shown
    if progress is not None:
        assert progress.console.stderr
        if fmt == "text" and stdout_is_terminal:  # the report scrolls above the bar, on one console
            assert reporter.console is progress.console


def test_unreadable_request_exits_2_with_its_failure_code(tmp_path):
    request = tmp_path / "solicitud.json"
    request.write_bytes(b'{"tipo": "SolicitudIntercambio", ')
    response = Path(__file__).resolve().parent.parent / "conformance" / "01-camino-feliz" / "respuesta.json"
    out = vdm("validate", "--request", str(request), str(response))
    assert out.returncode == 2
    assert b"VDM101" in out.stderr and b"Traceback" not in out.stderr + out.stdout


def test_report_to_a_missing_folder_is_a_usage_error(files, tmp_path):
    out = vdm("validate", "-o", str(tmp_path / "no" / "such" / "report.json"), str(files["good"]))
    assert out.returncode == 2 and b"Traceback" not in out.stderr


def test_stdin_batch_larger_than_the_document_limit_loses_no_record():
    from vdm_protocol.engine.decode import MAX_DOCUMENT_BYTES

    line = json.dumps({"tipo": "Contacto", "correo_electronico": "a@b.mx", "nota": "x" * 100_000}).encode()
    count = MAX_DOCUMENT_BYTES // len(line) + 10  # past the 16 MiB limit of one document
    out = vdm("validate", "--format", "json", "-", stdin=b"\n".join([line] * count) + b"\n")
    summary = json.loads(out.stdout)["summary"]
    assert summary["records"] == count and out.returncode == 1  # 'nota' is not a field of Contacto


def test_pre_commit_hooks_cover_every_input_format():
    import re

    import yaml

    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text())
    for hook in hooks:
        assert hook["entry"].startswith("vdm validate")
        assert "types_or" not in hook and set(hook.get("types", ["file"])) <= {"file", "text"}
        for name in ("a.json", "b.ndjson", "c.jsonl", "d.yaml", "e.yml"):
            assert re.search(hook["files"], name), (hook["id"], name)
        assert not re.search(hook["files"], "README.md")


def test_authoring_command_without_its_extra_is_a_usage_error(tmp_path):
    # A stand-in "linkml" package that cannot be imported, ahead of the real one on sys.path.
    fake = tmp_path / "fake"
    (fake / "linkml").mkdir(parents=True)
    (fake / "linkml" / "__init__.py").write_text("raise ModuleNotFoundError('No module named linkml', name='linkml')")
    env = {**__import__("os").environ, "PYTHONPATH": str(fake)}
    out = subprocess.run([sys.executable, "-m", "vdm_protocol.cli", "lint"], capture_output=True, env=env)
    assert out.returncode == 2, out.stderr
    assert b"[authoring]" in out.stderr and b"Traceback" not in out.stderr


def test_text_report_marks_clean_files(files):
    out = vdm("validate", str(files["good"]), str(files["bad"])).stdout.decode()
    lines = out.splitlines()
    assert lines[0] == f"✔ {files['good']} (1 registro)"
    assert lines[1] == str(files["bad"]) and "VDM301" in lines[3]


def test_codes_detail_and_json():
    out = vdm("codes", "VDM302")
    assert out.returncode == 0 and b"advertencia" in out.stdout and b"remediaci" in out.stdout
    listed = json.loads(vdm("codes", "--format", "json").stdout)
    assert len(listed) >= 30 and {"code", "origin", "retryable", "oots", "xroad"} <= set(listed[0])
    assert vdm("codes", "VDM999").returncode == 2
