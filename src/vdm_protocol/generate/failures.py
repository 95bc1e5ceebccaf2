"""The failure-variant catalog, from the CodigoFalla enum of schemas/fallas.yaml.

Emits fallas.json (what the validator loads), a SKOS concept scheme and the catalog
page of the docs.
"""

from __future__ import annotations

import json
import string

from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from ..failures import VARIANT_FIELDS as FIELDS
from .model import Model, annotation, description_en, description_es, label_en, label_es
from .rdf import CODES, serialize_turtle

ENUM = "CodigoFalla"
VDM = Namespace("https://w3id.org/vdm-protocol/")


def placeholders(template: str) -> list[str]:
    return sorted({f for _, f, _, _ in string.Formatter().parse(template) if f})


def variants(model: Model) -> list[dict]:
    enum = model.view.get_enum(ENUM)
    out = []
    for code, pv in (enum.permissible_values or {}).items():
        entry = {
            "codigo": code,
            "titulo_es": label_es(pv),
            "titulo_en": label_en(pv),
            "descripcion_es": description_es(pv),
            "descripcion_en": description_en(pv),
        }
        for field in FIELDS:
            entry[field] = annotation(pv, field)
        entry["reintentable"] = str(entry["reintentable"]).lower() == "true"
        entry["estado_http"] = int(entry["estado_http"])
        entry["marcadores"] = placeholders(entry["mensaje_es"] or "")
        out.append(entry)
    return out


def _enum_labels(model: Model, enum_name: str) -> dict[str, dict[str, str]]:
    enum = model.view.get_enum(enum_name)
    return {c: {"es": label_es(pv), "en": label_en(pv)} for c, pv in enum.permissible_values.items()}


def catalog_json(model: Model) -> str:
    doc = {
        "version": model.view.schema.version,
        "categorias": _enum_labels(model, "CategoriaFalla"),
        "origenes": _enum_labels(model, "OrigenFalla"),
        "severidades": _enum_labels(model, "Severidad"),
        "variantes": variants(model),
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def catalog_skos(model: Model) -> str:
    graph = Graph(bind_namespaces="core")
    graph.bind("skos", SKOS)
    graph.bind("codigos", CODES)
    graph.bind("vdm", VDM)
    scheme = CODES[ENUM]
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, Literal("Catálogo de variantes de falla", lang="es")))
    graph.add((scheme, SKOS.prefLabel, Literal("Failure-variant catalog", lang="en")))
    for v in variants(model):
        c = URIRef(f"{scheme}/{v['codigo']}")
        graph.add((c, RDF.type, SKOS.Concept))
        graph.add((c, SKOS.inScheme, scheme))
        graph.add((scheme, SKOS.hasTopConcept, c))
        graph.add((c, SKOS.notation, Literal(v["codigo"])))
        graph.add((c, SKOS.prefLabel, Literal(v["titulo_es"], lang="es")))
        graph.add((c, SKOS.prefLabel, Literal(v["titulo_en"], lang="en")))
        graph.add((c, SKOS.altLabel, Literal(v["nombre"])))
        graph.add((c, SKOS.definition, Literal(v["descripcion_es"], lang="es")))
        graph.add((c, SKOS.definition, Literal(v["descripcion_en"], lang="en")))
        graph.add((c, SKOS.scopeNote, Literal(v["remediacion_es"], lang="es")))
        graph.add((c, SKOS.scopeNote, Literal(v["remediacion_en"], lang="en")))
        graph.add((c, SKOS.broader, URIRef(f"{CODES['CategoriaFalla']}/{v['categoria']}")))
        graph.add((c, VDM.severidad, URIRef(f"{CODES['Severidad']}/{v['severidad']}")))
        graph.add((c, VDM.origen, URIRef(f"{CODES['OrigenFalla']}/{v['origen']}")))
        graph.add((c, VDM.estado_http, Literal(v["estado_http"])))
        graph.add((c, VDM.reintentable, Literal(v["reintentable"])))
        for key in ("mapeo_oots", "mapeo_xroad"):
            if v[key] and v[key] != "ninguno":
                graph.add((c, SKOS.closeMatch if key == "mapeo_xroad" else SKOS.exactMatch, Literal(v[key])))
        graph.add((c, DCTERMS.identifier, Literal(v["codigo"])))
    return serialize_turtle(graph)


def _cell(text) -> str:
    return str(text).replace("|", "\\|")


def catalog_markdown(model: Model) -> str:
    vs = variants(model)
    cats = _enum_labels(model, "CategoriaFalla")
    lines = [
        "<!-- Generado por `vdm generate` desde schemas/fallas.yaml; no editar a mano. -->",
        "",
        "# Catálogo de variantes de falla / Failure-variant catalog",
        "",
        f"{len(vs)} variantes / variants.",
        "",
    ]
    for cat, labels in cats.items():
        group = [v for v in vs if v["categoria"] == cat]
        if not group:
            continue
        lines += [f"## {labels['es']} / {labels['en']}", ""]
        for v in group:
            lines += [
                f"### `{v['codigo']}` {v['titulo_es']} / {v['titulo_en']}",
                "",
                f"- **Nombre / name:** `{v['nombre']}`",
                f"- **Severidad / severity:** {v['severidad']} · **origen / origin:** {v['origen']}"
                f" · **HTTP:** {v['estado_http']} · **reintentable / retryable:** "
                f"{'sí / yes' if v['reintentable'] else 'no'}",
                f"- **OOTS:** {v['mapeo_oots']} · **X-Road:** {v['mapeo_xroad']}",
                "",
                f"{v['descripcion_es']}",
                "",
                f"*{v['descripcion_en']}*",
                "",
                "| | es | en |",
                "|---|---|---|",
                f"| Mensaje / message | {_cell(v['mensaje_es'])} | {_cell(v['mensaje_en'])} |",
                f"| Remediación / remediation | {_cell(v['remediacion_es'])} | {_cell(v['remediacion_en'])} |",
                "",
            ]
    return "\n".join(lines)


def generate(model: Model) -> dict[str, str]:
    return {
        "fallas.json": catalog_json(model),
        "skos/fallas.ttl": catalog_skos(model),
        "fallas.md": catalog_markdown(model),
    }
