"""Protocol layer: the rules of the exchange itself.

Supported version, consent valid at the request's issue time, purpose permitted and
requester authorized (read from the service directory only), response status consistent
with its evidence, evidence of the requested dataset, and, when the request or the
document bytes are given, correlation and digest checks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..directory import ServiceDirectory, get_directory
from ..findings import Bilingual, Finding
from .context import RecordContext
from .pointer import join_pointer
from .registry import check
from .semantics import comparable, parse_instant

MESSAGE_CLASSES = ("SolicitudIntercambio", "RespuestaIntercambio", "RespuestaError")
_AUTH_RANK = {"llave_mx_basica": 1, "llave_mx_verificada": 2}


@dataclass
class ExchangeContext:
    """What a response is checked against: the request (parsed and as bytes) and documents."""

    request: dict[str, Any] | None = None
    request_bytes: bytes | None = None
    documents: list[bytes] = field(default_factory=list)


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _ptr(*path: str | int) -> str:
    out = ""
    for p in path:
        out = join_pointer(out, p)
    return out


@check("protocol", codes=("VDM501",))
def supported_version(ctx: RecordContext, supported: list[str]) -> None:
    version = ctx.data.get("version_protocolo")
    if isinstance(version, str) and not ctx.is_bad("/version_protocolo") and version not in supported:
        ctx.add(Finding("VDM501", "/version_protocolo", {"soportadas": ", ".join(supported)}, value=version))


@check("protocol", codes=("VDM204",))
def subject_identified(ctx: RecordContext) -> None:
    subject = ctx.data.get("sujeto")
    if not isinstance(subject, dict) or ctx.is_bad("/sujeto"):
        return
    kind = subject.get("tipo_sujeto")
    needed = {"persona_fisica": "curp", "persona_moral": "rfc"}.get(kind) if isinstance(kind, str) else None
    if needed and not subject.get(needed):
        ctx.add(
            Finding(
                "VDM204",
                _ptr("sujeto", needed),
                {"campo": needed, "etiqueta": needed.upper(), "clase": "Sujeto"},
            )
        )


@check("protocol", codes=("VDM601", "VDM602", "VDM603", "VDM604", "VDM605", "VDM702", "VDM204"))
def request_authorized(ctx: RecordContext, directory: ServiceDirectory) -> None:
    data = ctx.data
    provider = _get(data, "proveedor", "dependencia", "clave_dependencia")
    requester = _get(data, "solicitante", "dependencia", "clave_dependencia")
    dataset = _get(data, "conjunto_datos", "tipo_conjunto")
    version = _get(data, "conjunto_datos", "version_conjunto")
    procedure = _get(data, "tramite", "clave_tramite")
    purpose = data.get("finalidad")
    if ctx.any_bad("/proveedor", "/solicitante", "/conjunto_datos", "/tramite", "/finalidad"):
        return
    if not all(isinstance(v, str) for v in (provider, requester, dataset, version, procedure, purpose)):
        return
    service = directory.service(provider, dataset)
    if service is None or version not in service.versions:
        ctx.add(
            Finding(
                "VDM702",
                "/conjunto_datos",
                {"proveedor": provider, "conjunto": dataset, "version": version},
            )
        )
        return
    permission = service.permission_for(procedure, requester)
    if permission is None:
        ctx.add(
            Finding(
                "VDM604",
                "/solicitante",
                {"solicitante": requester, "conjunto": dataset, "proveedor": provider, "tramite": procedure},
            )
        )
        return
    if purpose not in permission.purposes:
        ctx.add(Finding("VDM603", "/finalidad", {"conjunto": dataset, "tramite": procedure}, value=purpose))
    _authorization(ctx, service.min_authentication, permission.authorization_types)


def _authorization(ctx: RecordContext, min_level: str | None, accepted: frozenset[str]) -> None:
    auth = ctx.data.get("autorizacion")
    if not isinstance(auth, dict) or ctx.is_bad("/autorizacion"):
        return
    kind = auth.get("tipo_autorizacion")
    if kind == "mandato_legal":
        if "mandato_legal" not in accepted:
            ctx.add(
                Finding(
                    "VDM601",
                    "/autorizacion/tipo_autorizacion",
                    {
                        "detalle": Bilingual(
                            "el consentimiento del titular (el directorio no admite mandato legal para este permiso)",
                            "the subject's consent (the directory does not accept a legal mandate for this permission)",
                        )
                    },
                )
            )
        elif not auth.get("fundamento_legal"):
            ctx.add(
                Finding(
                    "VDM204",
                    "/autorizacion/fundamento_legal",
                    {
                        "campo": "fundamento_legal",
                        "etiqueta": Bilingual("Fundamento legal", "Legal basis"),
                        "clase": "Autorizacion",
                    },
                )
            )
        return
    if kind != "consentimiento":
        return
    missing = [k for k in ("id_consentimiento", "otorgado_en", "vence_en", "nivel_autenticacion") if not auth.get(k)]
    if missing:
        ctx.add(Finding("VDM601", _ptr("autorizacion", missing[0]), {"detalle": ", ".join(missing)}))
        return
    issued = parse_instant(ctx.data.get("emitido_en"))
    given, expires = parse_instant(auth["otorgado_en"]), parse_instant(auth["vence_en"])
    if (
        issued
        and given
        and expires
        and not ctx.any_bad("/emitido_en", "/autorizacion/otorgado_en", "/autorizacion/vence_en")
    ):
        a, b = comparable(given, issued)
        c, d = comparable(issued, expires)
        if b < a or d < c:
            ctx.add(
                Finding(
                    "VDM602",
                    "/autorizacion/vence_en" if d < c else "/autorizacion/otorgado_en",
                    {"otorgado": auth["otorgado_en"], "vence": auth["vence_en"], "emitido": ctx.data["emitido_en"]},
                )
            )
    level = auth.get("nivel_autenticacion")
    if min_level and isinstance(level, str) and _AUTH_RANK.get(level, 0) < _AUTH_RANK.get(min_level, 0):
        ctx.add(Finding("VDM605", "/autorizacion/nivel_autenticacion", {"requerido": min_level}, value=level))


@check("protocol", codes=("VDM503", "VDM504", "VDM705"))
def response_consistent(ctx: RecordContext) -> None:
    data = ctx.data
    status = data.get("estado")
    evidence = data.get("evidencias") or []
    missing = data.get("faltantes") or []
    if ctx.any_bad("/estado", "/evidencias", "/faltantes") or not isinstance(evidence, list):
        return
    if (
        (status == "completa" and (not evidence or missing))
        or (status == "fallida" and evidence)
        or (status == "parcial" and (not evidence or not missing))
    ):
        ctx.add(Finding("VDM504", "/estado", {"evidencias": len(evidence)}, value=status))
    elif status == "parcial":
        ctx.add(
            Finding("VDM705", "/estado", {"entregadas": len(evidence), "solicitadas": len(evidence) + len(missing)})
        )
    for i, item in enumerate(evidence):
        declared = _get(item, "conjunto_datos", "tipo_conjunto")
        declared_version = _get(item, "conjunto_datos", "version_conjunto")
        payload = _get(item, "datos")
        if not isinstance(payload, dict) or ctx.any_bad(_ptr("evidencias", i)):
            continue
        actual, actual_version = payload.get("tipo"), payload.get("version_conjunto")
        if (declared, declared_version) != (actual, actual_version):
            ctx.add(
                Finding(
                    "VDM503",
                    _ptr("evidencias", i, "datos", "tipo"),
                    {"esperado": f"{declared} {declared_version}"},
                    value=f"{actual} {actual_version}",
                )
            )


@check("protocol", codes=("VDM204",))
def error_interaction_complete(ctx: RecordContext) -> None:
    failures = ctx.data.get("fallas")
    if not isinstance(failures, list) or ctx.is_bad("/fallas"):
        return
    codes = {f.get("codigo") for f in failures if isinstance(f, dict) and isinstance(f.get("codigo"), str)}
    required = {"VDM606": "ubicacion_vista_previa", "VDM706": "atributos_requeridos", "VDM703": "reintentar_despues"}
    for code, field_name in required.items():
        if code in codes and ctx.data.get(field_name) in (None, [], "") and not ctx.is_bad("/" + field_name):
            ctx.add(
                Finding(
                    "VDM204",
                    "/" + field_name,
                    {"campo": field_name, "etiqueta": field_name, "clase": f"RespuestaError ({code})"},
                )
            )


@check("protocol", codes=("VDM502", "VDM503", "VDM802", "VDM309"))
def correlates_with_request(ctx: RecordContext, exchange: ExchangeContext) -> None:
    request = exchange.request
    if not isinstance(request, dict):
        return
    reply_to = ctx.data.get("en_respuesta_a")
    request_id = request.get("id_mensaje")
    if isinstance(reply_to, str) and not ctx.is_bad("/en_respuesta_a") and reply_to != request_id:
        ctx.add(
            Finding(
                "VDM502", "/en_respuesta_a", {"campo": "en_respuesta_a", "esperado": str(request_id)}, value=reply_to
            )
        )
    issued, requested = parse_instant(ctx.data.get("emitido_en")), parse_instant(request.get("emitido_en"))
    if issued and requested and not ctx.is_bad("/emitido_en"):
        a, b = comparable(requested, issued)
        if b < a:
            ctx.add(
                Finding(
                    "VDM309",
                    "/emitido_en",
                    {
                        "campo": "emitido_en",
                        "campo_previo": "emitido_en (solicitud)",
                        "valor_previo": request.get("emitido_en"),
                    },
                    value=ctx.data.get("emitido_en"),
                )
            )
    digest = ctx.data.get("digesto_solicitud")
    if exchange.request_bytes is not None and isinstance(digest, str) and not ctx.is_bad("/digesto_solicitud"):
        computed = hashlib.sha256(exchange.request_bytes).hexdigest()
        if digest != computed:
            ctx.add(Finding("VDM802", "/digesto_solicitud", {"calculado": computed}, value=digest))
    for party in ("solicitante", "proveedor"):
        asked = _get(request, party, "dependencia", "clave_dependencia")
        answered = _get(ctx.data, party, "dependencia", "clave_dependencia")
        where = _ptr(party, "dependencia", "clave_dependencia")
        if isinstance(asked, str) and isinstance(answered, str) and asked != answered and not ctx.is_bad(where):
            field = f"{party}.dependencia.clave_dependencia"
            ctx.add(Finding("VDM502", where, {"campo": field, "esperado": asked}, value=answered))
    wanted = _get(request, "conjunto_datos", "tipo_conjunto")
    evidence = ctx.data.get("evidencias")
    for i, item in enumerate(evidence if isinstance(evidence, list) else []):
        if ctx.is_bad(_ptr("evidencias", i)):
            continue
        got = _get(item, "conjunto_datos", "tipo_conjunto")
        if wanted and isinstance(got, str) and got != wanted:
            where = _ptr("evidencias", i, "conjunto_datos", "tipo_conjunto")
            ctx.add(Finding("VDM503", where, {"esperado": wanted}, value=got))
            continue
        _evidence_of_subject(ctx, _get(request, "sujeto"), _get(item, "datos"), _ptr("evidencias", i, "datos"))


def _identifiers(value: Any, ptr: str, out: dict[str, list[tuple[str, str]]], depth: int = 0) -> None:
    """Every CURP and RFC in a payload, with its pointer (the nearest ones first)."""
    if depth > 4 or not isinstance(value, dict):
        return
    for key in ("curp", "rfc"):
        if isinstance(value.get(key), str):
            out[key].append((value[key], join_pointer(ptr, key)))
    for key, child in value.items():
        if isinstance(child, dict):
            _identifiers(child, join_pointer(ptr, key), out, depth + 1)


def _evidence_of_subject(ctx: RecordContext, subject: Any, payload: Any, ptr: str) -> None:
    """The evidence must be about the requested subject: its first CURP (or RFC) is the subject's."""
    if not isinstance(subject, dict) or not isinstance(payload, dict):
        return
    found: dict[str, list[tuple[str, str]]] = {"curp": [], "rfc": []}
    _identifiers(payload, ptr, found)
    for key in ("curp", "rfc"):
        asked = subject.get(key)
        if isinstance(asked, str) and found[key]:
            value, where = found[key][0]
            if value != asked and not ctx.is_bad(where):
                ctx.add(
                    Finding(
                        "VDM503",
                        where,
                        {
                            "esperado": Bilingual(
                                f"la {key.upper()} del sujeto de la solicitud",
                                f"the {key.upper()} of the request's subject",
                            )
                        },
                        value=value,
                    )
                )
            return


@check("protocol", codes=("VDM801",))
def documents_match(ctx: RecordContext, exchange: ExchangeContext) -> None:
    evidence = ctx.data.get("evidencias") or []
    for i, document in enumerate(exchange.documents):
        if i >= len(evidence):
            break
        declared = _get(evidence[i], "documento", "digesto_sha256")
        ptr = _ptr("evidencias", i, "documento", "digesto_sha256")
        if isinstance(declared, str) and not ctx.is_bad(ptr):
            computed = hashlib.sha256(document).hexdigest()
            if computed != declared:
                ctx.add(Finding("VDM801", ptr, {"calculado": computed}, value=declared))


def check_protocol(ctx: RecordContext, exchange: ExchangeContext, supported: list[str]) -> None:
    if ctx.class_name not in MESSAGE_CLASSES or not isinstance(ctx.data, dict):
        return
    supported_version(ctx, supported)
    if ctx.class_name == "SolicitudIntercambio":
        subject_identified(ctx)
        request_authorized(ctx, get_directory())
    elif ctx.class_name == "RespuestaIntercambio":
        response_consistent(ctx)
        correlates_with_request(ctx, exchange)
        documents_match(ctx, exchange)
    else:
        error_interaction_complete(ctx)
        correlates_with_request(ctx, exchange)
