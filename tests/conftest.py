from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMAS = ROOT / "schemas"
MASTER_DATA = ROOT / "master_data"
#: A fixed "today" so date checks in tests do not depend on the calendar.
TODAY = dt.date(2026, 12, 3)
#: The seven pilot datasets of issue 3.
PILOT_DATASETS = frozenset(
    {
        "RegistroCurp",
        "ConstanciaSituacionFiscal",
        "OpinionCumplimiento",
        "ActaConstitutiva",
        "RegistroCatastral",
        "RegistroArtesano",
        "LicenciaFuncionamiento",
    }
)
#: A valid PersonaFisica (CURP vector PEGJ900512HJCRRS04), shared by the engine and CLI tests.
PERSON = {
    "tipo": "PersonaFisica",
    "curp": "PEGJ900512HJCRRS04",
    "nombre": "JUAN",
    "primer_apellido": "PEREZ",
    "fecha_nacimiento": "1990-05-12",
    "sexo": "H",
    "entidad_nacimiento": "JC",
}


@pytest.fixture(scope="session")
def model():
    """The LinkML model (needs the [authoring] extra)."""
    from vdm_protocol.generate.model import Model

    return Model.load()


@pytest.fixture(scope="session")
def catalogs():
    from vdm_protocol.catalogs import get_catalogs

    return get_catalogs()
