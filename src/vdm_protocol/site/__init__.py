"""The specification website: written chapters (docs/) plus pages generated from the models.

`stage()` assembles the site sources in build/docs: a copy of docs/ and the generated
pages and downloads beside it. A generated page never replaces a written one (it
raises). Files are written only when their bytes change, so `mkdocs serve` does not loop.
mkdocs runs `stage()` itself through the hook in hooks.py on every (re)build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..paths import GENERATED_DIR, REPO_ROOT

STAGE_DIR = (REPO_ROOT / "build" / "docs") if REPO_ROOT else None


class WrittenPageConflict(RuntimeError):
    pass


class MissingTranslation(RuntimeError):
    pass


def _check_translations(pages: set[str]) -> None:
    """Every page exists in Spanish (NAME.md) and English (NAME.en.md); mkdocs would fall back silently."""
    pages = {p for p in pages if not p.startswith("descargas/")}  # downloads, not pages to translate
    spanish = {p[: -len(".md")] for p in pages if p.endswith(".md") and not p.endswith(".en.md")}
    english = {p[: -len(".en.md")] for p in pages if p.endswith(".en.md")}
    missing = sorted([f"{p}.en.md" for p in spanish - english] + [f"{p}.md" for p in english - spanish])
    if missing:
        raise MissingTranslation(
            "faltan páginas en un idioma / pages missing in one language: " + ", ".join(missing[:20])
        )


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def stage(target: Path | None = None) -> dict[str, int]:
    """Assemble the site sources; returns counts of written and generated pages per language."""
    from ..generate.model import Model
    from .pages import SitePages, download_files

    if REPO_ROOT is None:
        raise RuntimeError("the site is built from a checkout of vdm-protocol")
    target = target or STAGE_DIR
    docs = REPO_ROOT / "docs"
    expected: set[str] = set()
    written = {"es": 0, "en": 0}
    for src in sorted(p for p in docs.rglob("*") if p.is_file()):
        rel = src.relative_to(docs).as_posix()
        expected.add(rel)
        _write_if_changed(target / rel, src.read_bytes())
        if rel.endswith(".md"):
            written["en" if rel.endswith(".en.md") else "es"] += 1
    generated = {"es": 0, "en": 0}
    for rel, text in SitePages(Model.load()).all_pages():
        if rel in expected:
            raise WrittenPageConflict(f"generated page {rel} would replace the written docs/{rel}")
        expected.add(rel)
        _write_if_changed(target / rel, text.encode("utf-8"))
        generated["en" if rel.endswith(".en.md") else "es"] += 1
    for src, rel in download_files(GENERATED_DIR):
        expected.add(f"descargas/{rel}")
        _write_if_changed(target / "descargas" / rel, src.read_bytes())
    for src in sorted((REPO_ROOT / "master_data").iterdir()):
        if src.is_file():
            expected.add(f"descargas/master_data/{src.name}")
            _write_if_changed(target / "descargas" / "master_data" / src.name, src.read_bytes())
    _check_translations(expected)
    for stale in [
        p
        for p in target.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.relative_to(target).as_posix() not in expected
    ]:
        stale.unlink()
    return {
        "written_es": written["es"],
        "written_en": written["en"],
        "generated_es": generated["es"],
        "generated_en": generated["en"],
    }


def clean_stage() -> None:
    if STAGE_DIR and STAGE_DIR.exists():
        shutil.rmtree(STAGE_DIR)
