"""Where the project's files live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
GENERATED_DIR = PACKAGE_DIR / "generated"


def _repo_root() -> Path | None:
    # src/vdm_protocol -> src -> repo root, present only in a checkout or editable install.
    root = PACKAGE_DIR.parent.parent
    return root if (root / "schemas" / "vdm.yaml").is_file() else None


REPO_ROOT = _repo_root()


def master_data_dir() -> Path:
    """The catalogs folder: shipped inside the wheel, or the checkout's master_data/."""
    packaged = PACKAGE_DIR / "master_data"
    if packaged.is_dir():
        return packaged
    if REPO_ROOT is not None:
        return REPO_ROOT / "master_data"
    raise FileNotFoundError("master_data/ not found beside the package nor in a checkout")


def schemas_dir() -> Path:
    if REPO_ROOT is None:
        raise FileNotFoundError("schemas/ is only available in a checkout of vdm-protocol")
    return REPO_ROOT / "schemas"
