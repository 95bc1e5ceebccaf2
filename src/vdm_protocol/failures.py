"""The failure-variant registry: the one place that turns a code plus parameters into text.

Loaded from the generated fallas.json (itself generated from schemas/fallas.yaml). A code
that is not in the catalog cannot be emitted: :func:`variant` raises, and a test holds
every check's declared codes to the catalog.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache

from .resources import failure_catalog_data

LANGUAGES = ("es", "en")
SEVERITIES = ("error", "warning", "info")
#: The annotations every permissible value of CodigoFalla (schemas/fallas.yaml) must carry.
VARIANT_FIELDS = (
    "nombre",
    "categoria",
    "origen",
    "severidad",
    "reintentable",
    "estado_http",
    "mensaje_es",
    "mensaje_en",
    "remediacion_es",
    "remediacion_en",
    "mapeo_oots",
    "mapeo_xroad",
)


@dataclass(frozen=True, slots=True)
class Variant:
    code: str
    name: str
    category: str
    origin: str
    severity: str
    retryable: bool
    http_status: int
    title: dict[str, str]
    description: dict[str, str]
    message: dict[str, str]
    remediation: dict[str, str]
    oots: str
    xroad: str
    placeholders: tuple[str, ...]

    def render(self, lang: str, params: dict[str, object]) -> str:
        """The message in ``lang``, with missing placeholders shown as '?' rather than failing."""
        return string.Formatter().vformat(self.message[lang], (), _Defaulting(params))


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "?"


@cache
def catalog() -> dict[str, Variant]:
    data = failure_catalog_data()
    out = {}
    for v in data["variantes"]:
        out[v["codigo"]] = Variant(
            code=v["codigo"],
            name=v["nombre"],
            category=v["categoria"],
            origin=v["origen"],
            severity=v["severidad"],
            retryable=v["reintentable"],
            http_status=v["estado_http"],
            title={"es": v["titulo_es"], "en": v["titulo_en"]},
            description={"es": v["descripcion_es"], "en": v["descripcion_en"]},
            message={"es": v["mensaje_es"], "en": v["mensaje_en"]},
            remediation={"es": v["remediacion_es"], "en": v["remediacion_en"]},
            oots=v["mapeo_oots"],
            xroad=v["mapeo_xroad"],
            placeholders=tuple(v["marcadores"]),
        )
    return out


def variant(code: str) -> Variant:
    try:
        return catalog()[code]
    except KeyError:
        raise KeyError(f"failure code {code} is not in the catalog") from None


@cache
def category_labels() -> dict[str, dict[str, str]]:
    return failure_catalog_data()["categorias"]
