"""The catalogs API: loaded once, real counts, SAT codes translated to INEGI."""

from __future__ import annotations


def test_inegi_counts(catalogs):
    assert len(catalogs.state_names) == 32
    assert len(catalogs.municipality_names) == 2478
    assert len(catalogs.municipalities_in_state("26")) == 72  # Sonora
    assert len(catalogs.municipalities_in_state("28")) == 43  # Tamaulipas
    assert len(catalogs.municipalities_in_state("14")) == 125  # Jalisco
    assert catalogs.municipality_names["24059"] == "Villa de Pozos"  # created in 2024


def test_municipality_in_state(catalogs):
    assert catalogs.municipality_in_state("26", "030")  # Hermosillo
    assert not catalogs.municipality_in_state("26", "073")
    assert catalogs.municipality_in_state("28", "041")  # Victoria


def test_postal_code_lookup_translates_to_inegi(catalogs):
    cp = catalogs.lookup_postal_code("83000")
    assert cp is not None and cp.cve_ent == "26" and cp.cvegeo == "26030"
    assert catalogs.lookup_postal_code("99999").cve_ent == "32"  # Zacatecas
    assert catalogs.lookup_postal_code("00001") is None
    assert len(catalogs._postal_codes) == 95749


def test_postal_code_scan_and_table_agree():
    """The first look-ups scan the file's bytes; later ones use the table. Both answer the same."""
    import random

    from vdm_protocol.catalogs import Catalogs

    table = Catalogs()._postal_codes
    sample = random.Random(7).sample(sorted(table), 300) + ["00000", "39980", "99999", "00001", "1234", "8300a"]
    scanning = Catalogs()
    scanning.POSTAL_CODE_SCANS = len(sample)
    assert [scanning.lookup_postal_code(c) for c in sample] == [table.get(c) for c in sample]
    assert "_postal_codes" not in scanning.__dict__  # every answer came from the scan
    assert scanning.lookup_postal_code("83000") == table["83000"]  # past the scans: the table
    assert "_postal_codes" in scanning.__dict__


def test_guerrero_sat_municipality_codes_are_translated(catalogs):
    # SAT 083/084/085 carry permuted names: SAT 083 (San Nicolás) is INEGI 085.
    translate = catalogs._sat_municipality_to_cvegeo
    assert translate[("GRO", "083")] == "12085"
    assert translate[("GRO", "085")] == "12084"
    assert catalogs.municipality_names["12085"] == "San Nicolás"
    for code, info in catalogs._postal_codes.items():
        if info.cvegeo and info.cvegeo.startswith("12") and info.cvegeo[2:] in ("083", "084", "085"):
            assert catalogs.municipality_exists(info.cvegeo), code


def test_scian_and_regimes(catalogs):
    assert len(catalogs.scian_classes) == 1086
    assert catalogs.scian_class_exists("311812")
    assert not catalogs.scian_class_exists("999999")
    assert catalogs.tax_regimes["601"].applies_to_legal_entity
    assert not catalogs.tax_regimes["601"].applies_to_natural_person
    assert catalogs.tax_regimes["626"].applies_to_legal_entity and catalogs.tax_regimes["626"].applies_to_natural_person


def test_curp_states(catalogs):
    assert len(catalogs.curp_state_codes) == 33
    assert catalogs.curp_state_codes["SR"] == "26"
    assert catalogs.curp_state_codes["NE"] == ""


def test_catalogs_load_once(catalogs):
    from vdm_protocol.catalogs import get_catalogs

    assert get_catalogs() is catalogs
    assert catalogs.state_names is catalogs.state_names
