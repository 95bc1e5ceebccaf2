"""The reference catalogs of master_data/, loaded once and answered by cheap lookups.

Each table is read on first use only (a validation run that never meets a postal
code never reads the 95,749-row postal-code file) and kept as sets and dicts, so a
per-record lookup is one hash probe.

SAT municipality codes are not INEGI codes (Guerrero 083-085 are permuted), so the
postal-code table is translated to INEGI CVEGEO at load time through
sat_c_municipio.csv -> inegi_cvegeo_derived; nothing else ever compares the two
code systems.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from .paths import master_data_dir


@dataclass(frozen=True, slots=True)
class CatalogInfo:
    """One row of master_data/index.csv."""

    name: str
    file: str
    key_column: str
    version: str
    publisher: str
    source: str
    licence: str
    rows: int


@dataclass(frozen=True, slots=True)
class PostalCode:
    """Where a postal code lies, in INEGI codes. ``cvegeo`` is None when SAT gives no municipality."""

    code: str
    cve_ent: str
    cvegeo: str | None


@dataclass(frozen=True, slots=True)
class TaxRegime:
    code: str
    description: str
    applies_to_natural_person: bool
    applies_to_legal_entity: bool


def _fold(name: str) -> str:
    """Case- and accent-insensitive form of a place name."""
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Catalogs:
    """Lookups over one master_data folder. Use :func:`get_catalogs` for the shared instance."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or master_data_dir()
        self._scans = 0  # postal-code look-ups answered by scanning (see POSTAL_CODE_SCANS)

    # -- index ---------------------------------------------------------------------------
    @cached_property
    def index(self) -> dict[str, CatalogInfo]:
        out = {}
        for row in _rows(self.folder / "index.csv"):
            out[row["nombre"]] = CatalogInfo(
                name=row["nombre"],
                file=row["archivo"],
                key_column=row["columna_clave"],
                version=row["version"],
                publisher=row["editor"],
                source=row["fuente"],
                licence=row["licencia"],
                rows=int(row["filas"]),
            )
        return out

    def rows(self, name: str) -> list[dict[str, str]]:
        """All rows of a catalog by its index name (for generators and tests, not the hot path)."""
        return _rows(self.folder / self.index[name].file)

    # -- INEGI geography -----------------------------------------------------------------
    @cached_property
    def state_names(self) -> dict[str, str]:
        return {r["cve_ent"]: r["nom_ent"] for r in self.rows("inegi_entidades")}

    @cached_property
    def municipality_names(self) -> dict[str, str]:
        """CVEGEO -> municipality name."""
        return {r["cvegeo"]: r["nom_mun"] for r in self.rows("inegi_municipios")}

    def state_exists(self, cve_ent: str) -> bool:
        return cve_ent in self.state_names

    def municipality_in_state(self, cve_ent: str, cve_mun: str) -> bool:
        return (cve_ent + cve_mun) in self.municipality_names

    def municipality_exists(self, cvegeo: str) -> bool:
        return cvegeo in self.municipality_names

    def municipalities_in_state(self, cve_ent: str) -> list[str]:
        """CVE_MUN codes of one state, sorted."""
        return sorted(c[2:] for c in self.municipality_names if c[:2] == cve_ent)

    # -- SAT postal codes, translated to INEGI ---------------------------------------------
    @cached_property
    def _sat_municipality_to_cvegeo(self) -> dict[tuple[str, str], str]:
        """(SAT state, SAT municipality) -> INEGI CVEGEO.

        SAT codes equal INEGI codes except where SAT pairs a code with the name of a
        *different* INEGI municipality of the same state (Guerrero 083/084/085 are
        permuted). A postal code lies in a named place, so there the name decides.
        """
        by_name: dict[tuple[str, str], list[str]] = {}
        for cvegeo, name in self.municipality_names.items():
            by_name.setdefault((cvegeo[:2], _fold(name)), []).append(cvegeo)
        out = {}
        for r in self.rows("sat_c_municipio"):
            cvegeo = r["inegi_cvegeo_derived"]
            if not cvegeo:
                continue
            same_name = by_name.get((cvegeo[:2], _fold(r["descripcion"])), [])
            if _fold(self.municipality_names.get(cvegeo, "")) != _fold(r["descripcion"]) and len(same_name) == 1:
                cvegeo = same_name[0]
            out[(r["c_estado"], r["c_municipio"])] = cvegeo
        return out

    #: Postal-code look-ups answered by scanning the file's bytes before the table is built: a run
    #: that meets a few postal codes (one file) never pays for parsing 95,749 rows.
    POSTAL_CODE_SCANS = 64

    @cached_property
    def _postal_code_file(self) -> tuple[bytes, dict[str, int]]:
        """The postal-code CSV's bytes (a leading newline, so every row follows one) and its column positions."""
        data = b"\n" + (self.folder / self.index["sat_c_codigo_postal"].file).read_bytes()
        header = data[1 : data.index(b"\n", 1)].decode("utf-8").strip().split(",")
        return data, {name: i for i, name in enumerate(header)}

    def _postal_code_from_row(self, fields: list[str], col: dict[str, int]) -> PostalCode:
        sat_state, sat_mun = fields[col["c_estado"]], fields[col["c_municipio"]]
        cvegeo = self._sat_municipality_to_cvegeo.get((sat_state, sat_mun)) if sat_mun else None
        return PostalCode(fields[col["c_codigo_postal"]], fields[col["inegi_cve_ent_derived"]], cvegeo)

    @cached_property
    def _postal_codes(self) -> dict[str, PostalCode]:
        data, col = self._postal_code_file
        key = col["c_codigo_postal"]
        rows = (line.split(",") for line in data.decode("utf-8").splitlines()[2:] if line)
        table = {fields[key]: self._postal_code_from_row(fields, col) for fields in rows}
        del self.__dict__["_postal_code_file"]  # the table answers from now on: drop the 2.9 MB of bytes
        return table

    def lookup_postal_code(self, code: str) -> PostalCode | None:
        table = self.__dict__.get("_postal_codes")
        if table is not None:
            return table.get(code)
        self._scans += 1
        if self._scans > self.POSTAL_CODE_SCANS:
            return self._postal_codes.get(code)
        if not (len(code) == 5 and code.isascii() and code.isdigit()):
            return None  # not a postal code at all (the pattern check reports it)
        data, col = self._postal_code_file
        if col["c_codigo_postal"] != 0:  # the scan needs the key first on its row
            return self._postal_codes.get(code)
        start = data.find(b"\n" + code.encode("ascii") + b",")
        if start < 0:
            return None
        end = data.find(b"\n", start + 1)
        line = data[start + 1 : end if end >= 0 else len(data)].decode("utf-8").strip()
        return self._postal_code_from_row(line.split(","), col)

    # -- SCIAN, tax regimes, CURP states, countries ------------------------------------------
    @cached_property
    def scian_classes(self) -> dict[str, str]:
        return {r["codigo"]: r["titulo"] for r in self.rows("scian_2023_clases")}

    def scian_class_exists(self, code: str) -> bool:
        return code in self.scian_classes

    @cached_property
    def tax_regimes(self) -> dict[str, TaxRegime]:
        return {
            r["c_regimen_fiscal"]: TaxRegime(
                r["c_regimen_fiscal"],
                r["descripcion"],
                r["aplica_persona_fisica"] == "1",
                r["aplica_persona_moral"] == "1",
            )
            for r in self.rows("sat_c_regimen_fiscal")
        }

    @cached_property
    def curp_state_codes(self) -> dict[str, str]:
        """CURP two-letter state code -> INEGI CVE_ENT ('' for NE, born abroad)."""
        return {r["curp_code"]: r["inegi_cve_ent"] for r in self.rows("renapo_curp_entidad_nacimiento")}

    @cached_property
    def countries(self) -> dict[str, str]:
        return {r["c_pais"]: r["descripcion"] for r in self.rows("sat_c_pais")}

    def country_exists(self, code: str) -> bool:
        return code in self.countries


@cache
def get_catalogs() -> Catalogs:
    """The process-wide catalogs over the shipped master_data/."""
    return Catalogs()
