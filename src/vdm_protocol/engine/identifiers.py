"""CURP and RFC analysis on top of python-stdnum, memoised for the per-record path.

stdnum's validate() cleans and re-normalises its input on every call (several times per
CURP), which dominated the validator's profile. The structure layer has already
matched the value against the exact upper-case pattern, so the analysis here goes
straight to stdnum's own tables and check-digit function, in stdnum's order, and each
distinct value is analysed once. tests/test_identifiers.py holds it equal to
stdnum.mx.curp.validate on generated and mutated CURPs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.mx import curp as stdnum_curp
from stdnum.mx import rfc as stdnum_rfc

_BLACKLIST = stdnum_curp._name_blacklist  # noqa: SLF001 - RENAPO's list of replaced words
_STATES = stdnum_curp._valid_states  # noqa: SLF001 - the 33 CURP state codes


@dataclass(frozen=True, slots=True)
class CurpAnalysis:
    #: None when valid; else "format", "word", "date", "sex", "state" or "checksum".
    problem: str | None
    birth_date: dt.date | None

    @property
    def components_valid(self) -> bool:
        """Everything but the check digit is right (the embedded data can be compared)."""
        return self.problem in (None, "checksum")


@lru_cache(maxsize=65536)
def analyse_curp(value: str) -> CurpAnalysis:
    if len(value) != 18 or not value.isascii() or not value.isalnum() or not value.isupper():
        return CurpAnalysis("format", None)
    if value[:4] in _BLACKLIST:
        return CurpAnalysis("word", None)
    try:
        year = int(value[4:6]) + (1900 if value[16].isdigit() else 2000)
        birth = dt.date(year, int(value[6:8]), int(value[8:10]))
    except ValueError:
        return CurpAnalysis("date", None)
    if value[10] not in "HM":
        return CurpAnalysis("sex", birth)
    if value[11:13] not in _STATES:
        return CurpAnalysis("state", birth)
    try:
        check = stdnum_curp.calc_check_digit(value)
    except ValueError:  # a character outside stdnum's alphabet
        return CurpAnalysis("format", birth)
    if value[-1] != check:
        return CurpAnalysis("checksum", birth)
    return CurpAnalysis(None, birth)


@lru_cache(maxsize=65536)
def analyse_rfc(value: str) -> str | None:
    """None when valid; "component" when the embedded date is impossible; "checksum" when
    only the homonym key or check digit fails (some issued RFCs do)."""
    try:
        stdnum_rfc.validate(value, validate_check_digits=False)
    except ValidationError:
        return "component"
    try:
        stdnum_rfc.validate(value, validate_check_digits=True)
    except (InvalidChecksum, ValidationError):
        return "checksum"
    return None
