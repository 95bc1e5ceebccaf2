"""The REST binding: an OpenAPI 3.1 document generated from the models.

One POST operation per dataset of TipoConjuntoDatos. The request body is a
SolicitudIntercambio for that dataset; a 200 (or 206 for a partial response) carries a
RespuestaIntercambio; every HTTP status that the failure catalog assigns to a variant
returns a RespuestaError, and its description lists the codes mapped to it. Correlation
travels in headers as in X-Road (message id, protocol version, request digest).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from .failures import variants
from .model import Model, description_en, description_es, label_en, label_es

FILE = "vdm.openapi.json"
_REF_PREFIX = "#/$defs/"


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_REF_PREFIX):
                out[key] = "#/components/schemas/" + value[len(_REF_PREFIX) :]
            else:
                out[key] = _rewrite_refs(value)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def _header(description: str, schema: dict, required: bool = False) -> dict:
    return {"description": description, "required": required, "schema": schema}


def generate(model: Model) -> dict[str, str]:
    schemas = _rewrite_refs(model.json_schema["$defs"])
    datasets = model.view.get_enum("TipoConjuntoDatos").permissible_values
    by_status: dict[int, list[dict]] = defaultdict(list)
    for v in variants(model):
        if v["estado_http"] >= 400:
            by_status[v["estado_http"]].append(v)
    uuid = {"type": "string", "format": "uuid"}
    headers_out = {
        "X-VDM-Id-Mensaje": _header("id_mensaje de la respuesta / response message id", uuid, True),
        "X-VDM-En-Respuesta-A": _header("id_mensaje de la solicitud / request message id", uuid, True),
        "X-VDM-Digesto-Solicitud": _header(
            "SHA-256 de los bytes de la solicitud (requestHash de X-Road) / SHA-256 of the request bytes",
            {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        ),
    }
    paths = {}
    for dataset, pv in datasets.items():
        if dataset not in schemas:
            continue
        responses: dict[str, Any] = {
            "200": {
                "description": "Respuesta completa / complete response",
                "headers": headers_out,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RespuestaIntercambio"}}},
            },
            "206": {
                "description": "Respuesta parcial (VDM705) / partial response (VDM705)",
                "headers": headers_out,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RespuestaIntercambio"}}},
            },
        }
        for status, group in sorted(by_status.items()):
            codes = ", ".join(f"{v['codigo']} {v['nombre']}" for v in group)
            response = {
                "description": f"RespuestaError con / with: {codes}",
                "headers": dict(headers_out),
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RespuestaError"}}},
            }
            if any(v["reintentable"] for v in group):
                response["headers"]["Retry-After"] = _header(
                    "Segundos antes de reintentar (= reintentar_despues) / seconds before retrying",
                    {"type": "integer", "minimum": 1},
                )
            responses[str(status)] = response
        paths[f"/v1/conjuntos/{dataset}/solicitudes"] = {
            "post": {
                "operationId": f"solicitar{dataset}",
                "summary": f"{label_es(pv)} / {label_en(pv)}",
                "description": f"{description_es(pv)}\n\n{description_en(pv)}",
                "tags": [dataset],
                "parameters": [
                    {"name": "X-VDM-Id-Mensaje", "in": "header", "required": True, "schema": uuid},
                    {
                        "name": "X-VDM-Version-Protocolo",
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string", "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "allOf": [
                                    {"$ref": "#/components/schemas/SolicitudIntercambio"},
                                    {
                                        "properties": {
                                            "conjunto_datos": {
                                                "properties": {"tipo_conjunto": {"const": dataset}},
                                            }
                                        }
                                    },
                                ]
                            }
                        }
                    },
                },
                "responses": responses,
            }
        }
    doc = {
        "openapi": "3.1.0",
        "info": {
            "title": "VDM: enlace REST del protocolo de intercambio / REST binding of the exchange protocol",
            "version": str(model.view.schema.version),
            "description": (
                "Generado por `vdm generate` desde schemas/; no editar a mano. "
                "Generated by `vdm generate` from schemas/; do not edit by hand."
            ),
            "license": {"name": "CC-BY-4.0", "identifier": "CC-BY-4.0"},
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "servers": [{"url": "https://{proveedor}", "variables": {"proveedor": {"default": "vdm.example.gob.mx"}}}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return {FILE: json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True) + "\n"}
