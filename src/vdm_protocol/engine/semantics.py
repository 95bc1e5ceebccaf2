"""Semantics layer: Mexican identifiers, catalogs, dates and consistency.

The checks are attached to the model, not to datasets: a check registered for a range
(Curp, Rfc, ClaseScian, ...) runs on every slot with that range, and a check registered
for a class (PersonaFisica, Domicilio, ...) runs on every object of that class, at any
depth of any dataset or message. A dataset built from master-data elements gets its
checks for free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from ..findings import Bilingual, Finding
from .context import RecordContext
from .identifiers import analyse_curp, analyse_rfc
from .pointer import join_pointer
from .registry import check

RangeCheck = Callable[[RecordContext, Any, str, dict, "WalkState"], None]
ClassCheck = Callable[[RecordContext, dict, str, "WalkState"], None]

RANGE_CHECKS: dict[str, list[RangeCheck]] = {}
CLASS_CHECKS: dict[str, list[ClassCheck]] = {}
#: (check, fields): the check runs on objects of every class that has one of the fields.
OBJECT_CHECKS: list[tuple[ClassCheck, frozenset[str]]] = []

#: Pairs of fields of one object whose values must not go backwards.
ORDERED_DATES = (
    ("fecha_inicio", "fecha_fin"),
    ("fecha_emision", "vigente_hasta"),
    ("otorgado_en", "vence_en"),
    ("fecha_nacimiento", "fecha_registro"),
    ("fecha_constitucion", "fecha_registro"),
    ("fecha_escritura", "fecha_registro"),
    ("fecha_registro", "vigente_hasta"),
    ("fecha_inicio_operaciones", "fecha_ultimo_cambio_estado"),
)
#: Fields that record something that already happened: they cannot lie after today.
PAST_EVENTS = (
    "fecha_nacimiento",
    "fecha_constitucion",
    "fecha_escritura",
    "fecha_inicio_operaciones",
    "fecha_ultima_actualizacion",
)
OLDEST_BIRTH_YEAR = 1900
#: Lists whose items carry a share (`porcentaje`) that adds up to 100.
PERCENTAGE_LISTS = ("actividades_economicas", "socios_accionistas", "propietarios")
#: The compliance opinion (32-D) is valid for 30 calendar days from its issue.
OPINION_VALIDITY_DAYS = 30


def for_range(*ranges: str, codes: tuple[str, ...]) -> Callable[[RangeCheck], RangeCheck]:
    def register(func: RangeCheck) -> RangeCheck:
        check("semantics", codes)(func)
        for r in ranges:
            RANGE_CHECKS.setdefault(r, []).append(func)
        return func

    return register


def for_class(*classes: str, codes: tuple[str, ...]) -> Callable[[ClassCheck], ClassCheck]:
    def register(func: ClassCheck) -> ClassCheck:
        check("semantics", codes)(func)
        for c in classes:
            CLASS_CHECKS.setdefault(c, []).append(func)
        return func

    return register


def for_objects_with(*fields: str, codes: tuple[str, ...]) -> Callable[[ClassCheck], ClassCheck]:
    """A check for every object, of any class, whose class has one of ``fields``."""

    def register(func: ClassCheck) -> ClassCheck:
        check("semantics", codes)(func)
        OBJECT_CHECKS.append((func, frozenset(fields)))
        return func

    return register


class WalkState:
    """What the walk knows about the enclosing objects: the person type of the nearest RFC."""

    __slots__ = ("person_type",)

    def __init__(self, person_type: str | None = None) -> None:
        self.person_type = person_type


# -- helpers -----------------------------------------------------------------------------------
def parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_instant(value: Any) -> dt.datetime | dt.date | None:
    """An aware datetime for date-times, a date for dates, None otherwise."""
    if not isinstance(value, str):
        return None
    if len(value) > 10:
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return parse_date(value)


def comparable(a: dt.datetime | dt.date, b: dt.datetime | dt.date) -> tuple:
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a, b
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return da, db


def state_label(ctx: RecordContext, cve_ent: str) -> str:
    name = ctx.catalogs.state_names.get(cve_ent)
    return f"{cve_ent} ({name})" if name else cve_ent


def municipality_label(ctx: RecordContext, cvegeo: str) -> str:
    name = ctx.catalogs.municipality_names.get(cvegeo)
    return f"{cvegeo[2:]} ({name})" if name else cvegeo[2:]


# -- identifiers -------------------------------------------------------------------------------
_CURP_PROBLEMS = {
    "format": ("estructura inválida", "invalid structure"),
    "word": (
        "las iniciales forman una palabra inconveniente que RENAPO sustituye",
        "the initials form an inappropriate word that RENAPO replaces",
    ),
    "date": ("la fecha de nacimiento codificada no existe", "the encoded birth date does not exist"),
    "sex": ("la letra de sexo no es H ni M", "the sex letter is neither H nor M"),
    "state": ("la clave de entidad de nacimiento no existe", "the state-of-birth code does not exist"),
}


@for_range("Curp", codes=("VDM301", "VDM306"))
def curp_valid(ctx: RecordContext, value: Any, ptr: str, obj: dict, state: WalkState) -> None:
    problem = analyse_curp(value).problem
    if problem == "checksum":
        ctx.add(Finding("VDM301", ptr, value=value))
    elif problem is not None:
        ctx.add(Finding("VDM306", ptr, {"detalle": Bilingual(*_CURP_PROBLEMS[problem])}, value=value))


@for_range("Rfc", "RfcPersonaFisica", "RfcPersonaMoral", codes=("VDM302", "VDM307"))
def rfc_valid(ctx: RecordContext, value: Any, ptr: str, obj: dict, state: WalkState) -> None:
    problem = analyse_rfc(value)
    if problem == "component":
        detail = Bilingual("la fecha codificada no existe", "the encoded date does not exist")
        ctx.add(Finding("VDM307", ptr, {"detalle": detail}, value=value))
    elif problem == "checksum":
        ctx.add(Finding("VDM302", ptr, value=value))


@for_objects_with(*PAST_EVENTS, codes=("VDM308",))
def past_events_not_in_future(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    for name in PAST_EVENTS:
        when = parse_date(obj.get(name))
        if when is None or when <= ctx.today:
            continue
        where = join_pointer(ptr, name)
        if not ctx.is_bad(where):
            ctx.add(
                Finding(
                    "VDM308",
                    where,
                    {"campo": name, "detalle": Bilingual("es posterior a hoy", "is after today")},
                    value=obj[name],
                )
            )


@for_class("OpinionCumplimiento", codes=("VDM308",))
def opinion_valid_thirty_days(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    issued, until = parse_instant(obj.get("fecha_emision")), parse_date(obj.get("vigente_hasta"))
    where = join_pointer(ptr, "vigente_hasta")
    if issued and until and not ctx.any_bad(where, join_pointer(ptr, "fecha_emision")):
        start = issued.date() if isinstance(issued, dt.datetime) else issued
        if (until - start).days > OPINION_VALIDITY_DAYS:
            ctx.add(
                Finding(
                    "VDM308",
                    where,
                    {
                        "campo": "vigente_hasta",
                        "detalle": Bilingual(
                            f"la opinión vale {OPINION_VALIDITY_DAYS} días desde su emisión",
                            f"the opinion is valid {OPINION_VALIDITY_DAYS} days from its issue",
                        ),
                    },
                    value=obj["vigente_hasta"],
                )
            )


@for_objects_with("curp", codes=("VDM303", "VDM304", "VDM305", "VDM308"))
def person_consistent_with_curp(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    """Wherever a CURP sits beside a birth date, sex or state of birth, they must agree."""
    curp = obj.get("curp")
    if curp is None:
        return
    curp_ptr = join_pointer(ptr, "curp")
    birth = parse_date(obj.get("fecha_nacimiento"))
    birth_ptr = join_pointer(ptr, "fecha_nacimiento")
    if birth and not ctx.is_bad(birth_ptr) and birth.year < OLDEST_BIRTH_YEAR:
        ctx.add(
            Finding(
                "VDM308",
                birth_ptr,
                {
                    "campo": "fecha_nacimiento",
                    "detalle": Bilingual(f"es anterior a {OLDEST_BIRTH_YEAR}", f"is before {OLDEST_BIRTH_YEAR}"),
                },
                value=obj["fecha_nacimiento"],
            )
        )
    if not isinstance(curp, str) or ctx.is_bad(curp_ptr):
        return
    analysis = analyse_curp(curp)
    if not analysis.components_valid:
        return
    curp_birth = analysis.birth_date
    if birth and not ctx.is_bad(birth_ptr) and curp_birth != birth:
        ctx.add(
            Finding(
                "VDM303",
                birth_ptr,
                {"fecha_curp": curp_birth.isoformat(), "fecha_declarada": birth.isoformat()},
                value=obj["fecha_nacimiento"],
            )
        )
    sex = obj.get("sexo")
    sex_ptr = join_pointer(ptr, "sexo")
    if sex in ("H", "M") and not ctx.is_bad(sex_ptr) and curp[10] != sex:
        ctx.add(Finding("VDM304", sex_ptr, {"sexo_curp": curp[10], "sexo_declarado": sex}, value=sex))
    entity = obj.get("entidad_nacimiento")
    entity_ptr = join_pointer(ptr, "entidad_nacimiento")
    if isinstance(entity, str) and not ctx.is_bad(entity_ptr) and curp[11:13] != entity:
        ctx.add(Finding("VDM305", entity_ptr, {"entidad_curp": curp[11:13], "entidad_declarada": entity}, value=entity))


@for_objects_with("rfc", codes=("VDM307", "VDM310"))
def rfc_fits_the_person(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    """An RFC has 13 characters for a natural person, 12 for a legal entity, and a natural
    person's RFC starts like their CURP."""
    rfc = obj.get("rfc")
    rfc_ptr = join_pointer(ptr, "rfc")
    if not isinstance(rfc, str) or ctx.is_bad(rfc_ptr):
        return
    kind = obj.get("tipo_sujeto")
    expected = {"persona_fisica": 13, "persona_moral": 12}.get(kind) if isinstance(kind, str) else None
    if expected and len(rfc) != expected and not ctx.is_bad(join_pointer(ptr, "tipo_sujeto")):
        ctx.add(
            Finding(
                "VDM307",
                rfc_ptr,
                {
                    "detalle": Bilingual(
                        f"tiene {len(rfc)} caracteres y una {kind.replace('_', ' ')} lleva {expected}",
                        f"it has {len(rfc)} characters and a {'natural person' if expected == 13 else 'legal entity'} "
                        f"has {expected}",
                    )
                },
                value=rfc,
            )
        )
        return
    curp = obj.get("curp")
    if (
        isinstance(curp, str)
        and len(rfc) == 13
        and not ctx.is_bad(join_pointer(ptr, "curp"))
        and analyse_rfc(rfc) is None
        and rfc[:10] != curp[:10]
    ):
        ctx.add(Finding("VDM310", rfc_ptr, value=rfc))


# -- catalogs ----------------------------------------------------------------------------------
@for_objects_with("entidad_federativa", codes=("VDM401", "VDM402", "VDM403", "VDM404"))
def address_in_catalogs(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    """Wherever a state sits beside a municipality or a postal code (addresses, registered
    offices, places of registration), the INEGI and SAT catalogs must agree with them."""
    if "entidad_federativa" not in obj:
        return
    ent, mun, cp = obj.get("entidad_federativa"), obj.get("municipio"), obj.get("codigo_postal")
    ent_ptr, mun_ptr, cp_ptr = (join_pointer(ptr, k) for k in ("entidad_federativa", "municipio", "codigo_postal"))
    ent_ok = isinstance(ent, str) and not ctx.is_bad(ent_ptr) and ctx.catalogs.state_exists(ent)
    mun_ok = False
    if ent_ok and isinstance(mun, str) and not ctx.is_bad(mun_ptr):
        mun_ok = ctx.catalogs.municipality_in_state(ent, mun)
        if not mun_ok:
            ctx.add(
                Finding(
                    "VDM402",
                    mun_ptr,
                    {"municipio": mun, "entidad": ent, "nombre_entidad": ctx.catalogs.state_names[ent]},
                    value=mun,
                )
            )
    if not isinstance(cp, str) or ctx.is_bad(cp_ptr):
        return
    known = ctx.catalogs.lookup_postal_code(cp)
    if known is None:
        ctx.add(Finding("VDM401", cp_ptr, {"campo": "codigo_postal", "catalogo": "sat_c_codigo_postal"}, value=cp))
        return
    if ent_ok and known.cve_ent != ent:
        ctx.add(
            Finding(
                "VDM403",
                cp_ptr,
                {"entidad_cp": state_label(ctx, known.cve_ent), "entidad": state_label(ctx, ent)},
                value=cp,
            )
        )
    elif mun_ok and known.cvegeo and known.cvegeo != ent + mun:
        ctx.add(
            Finding(
                "VDM404",
                cp_ptr,
                {
                    "municipio_cp": municipality_label(ctx, known.cvegeo),
                    "municipio": municipality_label(ctx, ent + mun),
                },
                value=cp,
            )
        )


def _unknown_code(ptr: str, field: str, catalog: str, value: Any) -> Finding:
    return Finding("VDM401", ptr, {"campo": field, "catalogo": catalog}, value=value)


@for_range("ClaseScian", codes=("VDM401",))
def scian_class_exists(ctx: RecordContext, value: Any, ptr: str, obj: dict, state: WalkState) -> None:
    if not ctx.catalogs.scian_class_exists(value):
        ctx.add(_unknown_code(ptr, ptr.rsplit("/", 1)[-1], "scian_2023_clases", value))


@for_range("CodigoPais", codes=("VDM401",))
def country_exists(ctx: RecordContext, value: Any, ptr: str, obj: dict, state: WalkState) -> None:
    if not ctx.catalogs.country_exists(value):
        ctx.add(_unknown_code(ptr, ptr.rsplit("/", 1)[-1], "sat_c_pais", value))


@for_range("ClaveGeoestadistica", codes=("VDM401",))
def municipality_code_exists(ctx: RecordContext, value: Any, ptr: str, obj: dict, state: WalkState) -> None:
    if not ctx.catalogs.municipality_exists(value):
        ctx.add(_unknown_code(ptr, ptr.rsplit("/", 1)[-1], "inegi_municipios", value))


@for_range("ClaveDependencia", "ClaveTramite", "ClaveJurisdiccion", codes=("VDM401",))
def jurisdiction_exists(ctx: RecordContext, value: Any, ptr: str, obj: dict, state: WalkState) -> None:
    # MUN-EEMMM-… and 5-digit jurisdictions must name a real municipality.
    code = value[4:9] if value.startswith("MUN-") else value if len(value) == 5 else None
    if code and not ctx.catalogs.municipality_exists(code):
        ctx.add(_unknown_code(ptr, ptr.rsplit("/", 1)[-1], "inegi_municipios", value))


@for_range("RegimenFiscal", codes=("VDM405",))
def tax_regime_applies(ctx: RecordContext, value: Any, ptr: str, obj: dict, state: WalkState) -> None:
    regime = ctx.catalogs.tax_regimes.get(value)
    if regime is None or state.person_type is None:
        return
    applies = regime.applies_to_legal_entity if state.person_type == "moral" else regime.applies_to_natural_person
    if not applies:
        ctx.add(
            Finding(
                "VDM405",
                ptr,
                {
                    "descripcion": regime.description,
                    "tipo_persona": Bilingual(
                        "moral" if state.person_type == "moral" else "física",
                        "legal" if state.person_type == "moral" else "natural",
                    ),
                },
                value=value,
            )
        )


# -- agencies ----------------------------------------------------------------------------------
_LEVEL_PREFIX = {"federal": "FED", "estatal": "EST", "municipal": "MUN"}


@for_class("Tramite", codes=("VDM311",))
def procedure_consistent(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    """A procedure's level is its responsible agency's, and its key starts with that agency's key."""
    agency, level, key = obj.get("dependencia_responsable"), obj.get("nivel_gobierno"), obj.get("clave_tramite")
    ptrs = [join_pointer(ptr, k) for k in ("dependencia_responsable", "nivel_gobierno", "clave_tramite")]
    if not (isinstance(agency, str) and isinstance(level, str)) or ctx.any_bad(*ptrs[:2]):
        return
    prefix, code = agency.split("-")[0], agency.split("-")[1]
    if _LEVEL_PREFIX.get(level) != prefix:
        ctx.add(Finding("VDM311", ptrs[0], {"clave": agency, "nivel": level, "jurisdiccion": code}))
    elif (
        isinstance(key, str)
        and not ctx.is_bad(ptrs[2])
        and key.split("/")[0] != agency
        and not (key.startswith("MUN-") and not ctx.catalogs.municipality_exists(key[4:9]))  # VDM401's case
    ):
        ctx.add(Finding("VDM311", ptrs[2], {"clave": key, "nivel": level, "jurisdiccion": code}))


@for_class("EntidadGubernamental", codes=("VDM311",))
def agency_consistent(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    key, level, juris = obj.get("clave_dependencia"), obj.get("nivel_gobierno"), obj.get("jurisdiccion")
    ptrs = [join_pointer(ptr, k) for k in ("clave_dependencia", "nivel_gobierno", "jurisdiccion")]
    if not (isinstance(key, str) and isinstance(level, str) and isinstance(juris, str)) or ctx.any_bad(*ptrs):
        return
    prefix, code = key.split("-")[0], key.split("-")[1]
    if _LEVEL_PREFIX.get(level) != prefix or code != juris:
        ctx.add(Finding("VDM311", ptrs[0], {"clave": key, "nivel": level, "jurisdiccion": juris}))


# -- dates and amounts ---------------------------------------------------------------------------
@for_objects_with(*{f for pair in ORDERED_DATES for f in pair}, codes=("VDM309",))
def dates_in_order(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    for first, second in ORDERED_DATES:
        a, b = obj.get(first), obj.get(second)
        if a is None or b is None:
            continue
        pa, pb = join_pointer(ptr, first), join_pointer(ptr, second)
        if ctx.any_bad(pa, pb):
            continue
        da, db = parse_instant(a), parse_instant(b)
        if da is None or db is None:
            continue
        x, y = comparable(da, db)
        if y < x:
            ctx.add(Finding("VDM309", pb, {"campo": second, "campo_previo": first, "valor_previo": a}, value=b))


@for_objects_with(*PERCENTAGE_LISTS, codes=("VDM312",))
def percentages_add_up(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    """Shares listed with a `porcentaje` (activities, partners, co-owners) add up to 100."""
    for key in PERCENTAGE_LISTS:
        items = obj.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            continue
        values = [i.get("porcentaje") for i in items]
        if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in values):
            continue
        list_ptr = join_pointer(ptr, key)
        if ctx.is_bad(list_ptr) or any(ctx.is_bad(f"{list_ptr}/{n}/porcentaje") for n in range(len(items))):
            continue
        try:
            total = sum((Decimal(str(v)) for v in values), Decimal(0))
        except InvalidOperation:
            continue
        if total != 100:
            ctx.add(Finding("VDM312", list_ptr, {"campo": key, "suma": format(total.normalize(), "f")}))


@for_class("LicenciaFuncionamiento", codes=("VDM311",))
def licence_in_issuer_municipality(ctx: RecordContext, obj: dict, ptr: str, state: WalkState) -> None:
    """A municipal licence covers an establishment inside the issuing municipality."""
    issuer = obj.get("emisor")
    address = obj.get("domicilio")
    if not isinstance(issuer, str) or not issuer.startswith("MUN-") or not isinstance(address, dict):
        return
    where = join_pointer(ptr, "domicilio")
    ent, mun = address.get("entidad_federativa"), address.get("municipio")
    if not (isinstance(ent, str) and isinstance(mun, str)) or ctx.any_bad(join_pointer(ptr, "emisor"), where):
        return
    if issuer[4:9] != ent + mun and ctx.catalogs.municipality_exists(issuer[4:9]):
        ctx.add(
            Finding(
                "VDM311",
                join_pointer(ptr, "emisor"),
                {"clave": issuer, "nivel": "municipal", "jurisdiccion": municipality_label(ctx, ent + mun)},
            )
        )


# -- the walk ----------------------------------------------------------------------------------
def _own_person_type(obj: dict) -> str | None:
    kind = obj.get("tipo_sujeto")
    if kind in ("persona_fisica", "persona_moral"):
        return "fisica" if kind == "persona_fisica" else "moral"
    rfc = obj.get("rfc")
    if isinstance(rfc, str) and len(rfc) in (12, 13):
        return "moral" if len(rfc) == 12 else "fisica"
    return None


def _person_type(obj: dict, class_name: str, inherited: str | None) -> str | None:
    """Natural or legal person, for the regimes of this object: its own class, RFC or
    `tipo_sujeto`, else those of a direct child that identifies the taxpayer (a
    ConstanciaSituacionFiscal keeps the RFC in `contribuyente`, the regimes beside it)."""
    if class_name == "PersonaMoral":
        return "moral"
    if class_name == "PersonaFisica":
        return "fisica"
    own = _own_person_type(obj)
    if own:
        return own
    for key in ("contribuyente", "titular", "sujeto"):
        child = obj.get(key)
        if isinstance(child, dict):
            kind = _own_person_type(child)
            if kind:
                return kind
    return inherited


class _ClassPlan:
    """What the walk does on objects of one class, worked out once per class."""

    __slots__ = ("checks", "slots")

    def __init__(self, class_name: str, slots: dict[str, dict]) -> None:
        names = set(slots)
        self.checks = list(CLASS_CHECKS.get(class_name, ()))
        self.checks += [fn for fn, fields in OBJECT_CHECKS if fields & names]
        #: (slot name, range, multivalued, range checks or None for a nested class)
        self.slots = [
            (name, slot["range"], slot["multivalued"], None if slot["kind"] == "class" else RANGE_CHECKS[slot["range"]])
            for name, slot in slots.items()
            if slot["kind"] == "class" or slot["range"] in RANGE_CHECKS
        ]


_PLANS: dict[str, _ClassPlan] = {}


def _plan(ctx: RecordContext, class_name: str) -> _ClassPlan:
    plan = _PLANS.get(class_name)
    if plan is None:
        plan = _PLANS[class_name] = _ClassPlan(class_name, ctx.model.classes.get(class_name, {}).get("slots", {}))
    return plan


def walk(ctx: RecordContext, obj: dict, class_name: str, ptr: str, state: WalkState) -> None:
    plan = _plan(ctx, class_name)
    state = WalkState(_person_type(obj, class_name, state.person_type))
    for check_fn in plan.checks:
        check_fn(ctx, obj, ptr, state)
    for key, rng, multivalued, checks in plan.slots:
        value = obj.get(key)
        if value is None:
            continue
        child = join_pointer(ptr, key)
        if ctx.bad and ctx.is_bad(child):
            continue
        items = enumerate(value) if multivalued and isinstance(value, list) else ((None, value),)
        for i, item in items:
            p = child if i is None else f"{child}/{i}"
            if ctx.bad and ctx.is_bad(p):
                continue
            if checks is None:
                if isinstance(item, dict):
                    walk(ctx, item, ctx.model.concrete_class(rng, item), p, state)
            elif isinstance(item, str):
                for check_fn in checks:
                    check_fn(ctx, item, p, obj, state)


def check_semantics(ctx: RecordContext) -> None:
    if isinstance(ctx.data, dict):
        walk(ctx, ctx.data, ctx.class_name, "", WalkState())
