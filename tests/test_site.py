"""The specification website: strict build, every page in both languages, links, a real browser."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # mkdocs-material's end-of-life banner, not a build warning
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not re.search(r"^WARNING\b", proc.stderr, re.MULTILINE), proc.stderr
    return out


def _pages(site: Path, lang: str) -> list[Path]:
    pages = [p for p in site.rglob("index.html")]
    english = [p for p in pages if p.relative_to(site).parts[0] == "en"]
    return (
        english
        if lang == "en"
        else [p for p in pages if p not in english and p.relative_to(site).parts[0] != "404.html"]
    )


def test_both_languages_have_every_page(site, model):
    es, en = _pages(site, "es"), _pages(site, "en")
    elements = len(model.view.all_classes()) + len(model.view.all_slots()) + len(model.view.all_enums())
    assert len(es) == len(en), sorted(
        {p.relative_to(site).as_posix() for p in es} ^ {p.relative_to(site / "en").as_posix() for p in en}
    )
    assert len(es) >= elements + 7  # a page per class, slot and enum, plus the seven written chapters
    print(f"\npages: es={len(es)} en={len(en)}")


def test_every_model_element_has_its_page_in_both_languages(site, model):
    for folder, names in (
        ("clases", model.view.all_classes()),
        ("ranuras", model.view.all_slots()),
        ("enumeraciones", model.view.all_enums()),
    ):
        for name in names:
            for prefix in ("", "en/"):
                page = site / f"{prefix}referencia/{folder}/{name}/index.html"
                assert page.is_file(), page


def test_written_chapters_exist_in_both_languages(site):
    for chapter in ("proposito", "actores", "flujos", "versiones", "seguridad", "validar", "talleres"):
        es = (site / chapter / "index.html").read_text(encoding="utf-8")
        en = (site / "en" / chapter / "index.html").read_text(encoding="utf-8")
        assert 'lang="es"' in es and 'lang="en"' in en, chapter


HREF = re.compile(r'(?:href|src)="([^"]+)"')


def test_every_internal_link_resolves(site):
    broken = []
    for page in site.rglob("*.html"):
        for target in HREF.findall(page.read_text(encoding="utf-8")):
            url = urlparse(target)
            if url.scheme or url.netloc or target.startswith(("#", "mailto:", "data:")):
                continue
            path = unquote(url.path)
            resolved = (page.parent / path).resolve() if not path.startswith("/") else site / path.lstrip("/")
            if resolved.is_dir():
                resolved = resolved / "index.html"
            if not resolved.exists():
                broken.append(f"{page.relative_to(site)} -> {target}")
    assert not broken, broken[:20]


def test_downloads_are_in_the_site(site):
    for name in (
        "vdm.schema.json",
        "vdm.owl.ttl",
        "vdm.shacl.ttl",
        "vdm.context.jsonld",
        "skos/enumeraciones.ttl",
        "vdm.openapi.json",
        "vdm_pydantic.py",
        "datos_maestros.csv",
        "report.schema.json",
    ):
        assert (site / "descargas" / name).is_file(), name


def test_search_index_knows_curp(site):
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "CURP" in index


@pytest.fixture(scope="session")
def served(site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium")
        pytest.skip("chromium not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_pages_render_in_a_real_browser(browser, served):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for path, name, text in (
        ("/", "inicio", "VDM"),
        ("/referencia/clases/PersonaFisica/", "clase-persona-fisica", "curp"),
        ("/datos-maestros/", "datos-maestros", "CURP"),
        ("/fallas/", "catalogo-fallas", "VDM301"),
    ):
        page.goto(served + path)
        page.wait_for_load_state("networkidle")
        assert text in page.inner_text("article"), path
        _shot(page, name)
    page.close()


def test_language_switch_leads_to_english(browser, served):
    page = browser.new_page()
    page.goto(served + "/datos-maestros/")
    switch = page.locator('a[hreflang="en"]').first
    page.goto(urljoin(page.url, switch.get_attribute("href")))
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert "Minimum master data table" in page.inner_text("article")
    _shot(page, "datos-maestros-en")
    page.close()


def test_mermaid_diagram_renders_as_svg(browser, served):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served + "/flujos/")
    page.wait_for_selector("div.diagrama-mermaid svg", timeout=20_000)
    assert page.locator("div.diagrama-mermaid svg").count() >= 3
    page.locator("div.diagrama-mermaid svg").first.scroll_into_view_if_needed()
    _shot(page, "flujos-mermaid")
    page.close()


def test_search_finds_curp(browser, served):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served + "/")
    page.wait_for_load_state("networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    # The search worker builds its index (both languages) after the page loads; a query typed
    # before it is ready stays unanswered, so type it again until results appear (60 s at most).
    for _ in range(30):
        box.fill("")
        box.type("CURP")
        try:
            page.wait_for_selector(".md-search-result__item", timeout=2_000)
            break
        except PlaywrightTimeout:
            continue
    assert page.locator(".md-search-result__item").count() > 0
    _shot(page, "busqueda-curp")
    page.close()


def test_patterns_are_shown_verbatim(site, model):
    """A pattern in a table cell keeps its brackets, pipes and backslashes (no stray links or escapes)."""
    import html as html_lib

    pattern = model.type_pattern("FechaHoraIso")
    page = (site / "referencia" / "clases" / "RespuestaError" / "index.html").read_text(encoding="utf-8")
    shown = [html_lib.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<code>(.*?)</code>", page, re.S)]
    assert pattern in shown
