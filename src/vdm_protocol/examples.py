"""The example folders: every valid example passes clean, every invalid one yields its code.

Layout: ``examples/<name>/valid/*`` and ``examples/<name>/invalid/<CODE>--<what>.<ext>``.
An invalid example must produce its declared code and no other; a valid one must produce
no finding at all. Both folders of each example set must hold at least one file, so a
glob that matches nothing cannot pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .api import validate
from .failures import catalog
from .inputs import KNOWN_SUFFIXES

INVALID_NAME = re.compile(r"^(?P<code>VDM\d{3})--(?P<what>[a-z0-9][a-z0-9-]*)$")


@dataclass
class ExampleOutcome:
    path: Path
    expected: str | None  # the declared code, None for a valid example
    codes: list[str] = field(default_factory=list)
    problem: str | None = None

    @property
    def ok(self) -> bool:
        if self.problem:
            return False
        if self.expected is None:
            return not self.codes
        return bool(self.codes) and set(self.codes) == {self.expected}


def example_files(root: Path) -> Iterator[tuple[Path, str | None, str | None]]:
    """(path, expected code or None, naming problem or None) for every example file."""
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for kind in ("valid", "invalid"):
            sub = folder / kind
            files = sorted(p for p in sub.glob("*") if p.suffix in KNOWN_SUFFIXES) if sub.is_dir() else []
            if not files:
                yield sub, None, f"carpeta vacía o ausente / empty or missing folder: {sub}"
                continue
            for path in files:
                if kind == "valid":
                    yield path, None, None
                    continue
                m = INVALID_NAME.match(path.stem)
                if not m:
                    yield path, None, "nombre sin código declarado / name without declared code (CODE--what.ext)"
                elif m.group("code") not in catalog():
                    yield (
                        path,
                        m.group("code"),
                        (f"{m.group('code')} no está en el catálogo de fallas / is not in the failure catalog"),
                    )
                else:
                    yield path, m.group("code"), None


def check_examples(root: Path) -> list[ExampleOutcome]:
    out = []
    for path, expected, problem in example_files(root):
        outcome = ExampleOutcome(path, expected, problem=problem)
        if problem is None:
            report = validate(path)
            outcome.codes = [f.code for r in report.records for f in r.findings]
        out.append(outcome)
    return out
