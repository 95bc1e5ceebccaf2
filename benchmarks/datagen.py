"""Realistic RegistroCurp records for the benchmark, 10 % invalid in varied ways.

Deterministic (seeded), built from the shipped catalogs: real states and municipalities,
CURPs with correct check digits, consistent birth data.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

from stdnum.mx import curp as stdnum_curp

from vdm_protocol.catalogs import get_catalogs

GIVEN = ["MARIA", "JOSE", "JUAN", "GUADALUPE", "ANA", "LUIS", "ROSA", "CARLOS", "SOFIA", "DIEGO", "LAURA", "MIGUEL"]
SURNAMES = ["HERNANDEZ", "GARCIA", "MARTINEZ", "LOPEZ", "GONZALEZ", "PEREZ", "RODRIGUEZ", "SANCHEZ", "RAMIREZ", "CRUZ"]
VOWELS = "AEIOU"
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"
STATUS = ["alta_normal", "alta_con_homonimia", "cambio_no_afectando_curp", "curp_reactivada"]


def _curp(rnd: random.Random, first: str, second: str, given: str, birth: str, sex: str, state: str) -> str:
    inner = next((c for c in first[1:] if c in VOWELS), "X")
    head = f"{first[0]}{inner}{second[0]}{given[0]}{birth[2:4]}{birth[5:7]}{birth[8:10]}{sex}{state}"
    cons = "".join(next((c for c in w[1:] if c in CONSONANTS), "X") for w in (first, second, given))
    homoclave = "0" if int(birth[:4]) < 2000 else "A"
    base = head + cons + homoclave
    if base[:4] in stdnum_curp._name_blacklist:  # noqa: SLF001
        base = base[0] + "X" + base[2:]
    return base + stdnum_curp.calc_check_digit(base + "0")


def valid_record(rnd: random.Random, states: list[tuple[str, str, str]], municipalities: dict[str, list[str]]) -> dict:
    curp_state, cve_ent, _ = rnd.choice(states)
    first, second, given = rnd.choice(SURNAMES), rnd.choice(SURNAMES), rnd.choice(GIVEN)
    birth = f"{rnd.randint(1940, 2008)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    sex = rnd.choice("HM")
    year = int(birth[:4])
    return {
        "tipo": "RegistroCurp",
        "version_conjunto": "1.0.0",
        "curp": _curp(rnd, first, second, given, birth, sex, curp_state),
        "nombre": given,
        "primer_apellido": first,
        "segundo_apellido": second,
        "fecha_nacimiento": birth,
        "sexo": sex,
        "entidad_nacimiento": curp_state,
        "nacionalidad": "MEX",
        "estatus_curp": rnd.choice(STATUS),
        "fecha_registro": f"{year + 1}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        "documento_probatorio": {
            "tipo_documento_probatorio": "acta_nacimiento",
            "entidad_federativa": cve_ent,
            "municipio": rnd.choice(municipalities[cve_ent]),
            "anio_registro": year,
            "libro": str(rnd.randint(1, 20)),
            "foja": str(rnd.randint(1, 300)),
            "numero_acta": f"{rnd.randint(1, 99999):05d}",
        },
    }


def _break(rnd: random.Random, rec: dict) -> str:
    """One of ten kinds of defect, as the NDJSON line it ends up as."""
    kind = rnd.randrange(10)
    if kind == 0:
        rec["curp"] = rec["curp"][:-1] + str((int(rec["curp"][-1]) + 1) % 10)  # VDM301
    elif kind == 1:
        rec["sexo"] = "M" if rec["sexo"] == "H" else "H"  # VDM304
    elif kind == 2:
        rec["documento_probatorio"]["municipio"] = "999"  # VDM402
    elif kind == 3:
        del rec["primer_apellido"]  # VDM204
    elif kind == 4:
        rec["telefono_movil"] = "6621234567"  # VDM203
    elif kind == 5:
        rec["fecha_nacimiento"] = (
            rec["fecha_nacimiento"][:8] + "31"
            if rec["fecha_nacimiento"][5:7] == "02"
            else rec["fecha_nacimiento"][:5] + "02-30"
        )  # VDM209
    elif kind == 6:
        rec["curp"] = rec["curp"].lower()  # VDM206
    elif kind == 7:
        rec["estatus_curp"] = "desconocido"  # VDM401
    elif kind == 8:
        return json.dumps(rec, ensure_ascii=False)[:-20]  # VDM101
    else:
        rec["entidad_nacimiento"] = "SR" if rec["entidad_nacimiento"] != "SR" else "TS"  # VDM305
    return json.dumps(rec, ensure_ascii=False)


def records(n: int, seed: int = 42, invalid_share: float = 0.10) -> Iterator[str]:
    """n NDJSON lines, one record each."""
    rnd = random.Random(seed)
    cats = get_catalogs()
    states = [(code, cve, cats.state_names[cve]) for code, cve in cats.curp_state_codes.items() if cve]
    municipalities = {cve: cats.municipalities_in_state(cve) for _, cve, _ in states}
    for _ in range(n):
        rec = valid_record(rnd, states, municipalities)
        yield _break(rnd, rec) if rnd.random() < invalid_share else json.dumps(rec, ensure_ascii=False)
