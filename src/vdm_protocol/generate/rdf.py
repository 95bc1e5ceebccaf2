"""RDF artifacts: OWL, SHACL and the JSON-LD context from LinkML, SKOS code lists from the
enums and catalogs.

LinkML writes the Spanish title and description without a language tag and the English
ones as plain annotations; the OWL output is completed here with language-tagged
rdfs:label / skos:definition in both languages, so RDF consumers see the bilingual
model. Turtle is written from a canonicalised graph so that re-running changes no byte.
"""

from __future__ import annotations

import warnings

from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, OWL

from .model import Model, description_en, description_es, label_en, label_es

VDM = Namespace("https://w3id.org/vdm-protocol/")
CODES = Namespace("https://w3id.org/vdm-protocol/codigos/")


def _bind(graph: Graph, model: Model) -> None:
    model.view.imports_closure()  # loads every module, so schema_map holds them all
    for schema in model.view.schema_map.values():
        for prefix, p in (schema.prefixes or {}).items():
            graph.bind(prefix, p.prefix_reference, override=True, replace=True)
    graph.bind("codigos", CODES)
    graph.bind("skos", SKOS)


def serialize_turtle(graph: Graph) -> str:
    """Deterministic Turtle: blank nodes are relabelled canonically before writing."""
    canonical = Graph(bind_namespaces="core")
    for prefix, ns in graph.namespaces():
        if prefix.startswith("ns") and prefix[2:].isdigit():
            continue
        canonical.bind(prefix, ns, replace=True)
    for triple in to_canonical_graph(graph):
        canonical.add(triple)
    return canonical.serialize(format="turtle")


def _add_bilingual(graph: Graph, subject: URIRef, element) -> None:
    for predicate, text, lang in (
        (RDFS.label, label_es(element), "es"),
        (RDFS.label, label_en(element), "en"),
        (SKOS.definition, description_es(element), "es"),
        (SKOS.definition, description_en(element), "en"),
    ):
        if text:
            graph.add((subject, predicate, Literal(text, lang=lang)))


def owl(model: Model) -> dict[str, str]:
    from linkml.generators.owlgen import OwlSchemaGenerator

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        gen = OwlSchemaGenerator(
            str(model.root_path),
            consolidate_cardinality_axioms=True,
            skip_vacuous_min_zero_cardinality_axioms=True,
            skip_vacuous_local_range_axioms=True,
        )
        graph = Graph(bind_namespaces="core").parse(data=gen.serialize(), format="turtle")
    view = model.view
    _bind(graph, model)
    # Replace untagged Spanish definitions with tagged ones in both languages.
    for s, o in list(graph.subject_objects(SKOS.definition)):
        if isinstance(o, Literal) and o.language is None:
            graph.remove((s, SKOS.definition, o))
    for s, o in list(graph.subject_objects(DCTERMS.title)):
        graph.remove((s, DCTERMS.title, o))
    for _name, element in {**view.all_classes(), **view.all_slots(), **view.all_enums(), **view.all_types()}.items():
        _add_bilingual(graph, URIRef(view.get_uri(element, expand=True)), element)
    for _enum_name, enum in view.all_enums().items():
        base = view.get_uri(enum, expand=True)
        for code, pv in (enum.permissible_values or {}).items():
            _add_bilingual(graph, URIRef(f"{base}#{code}"), pv)
    return {"vdm.owl.ttl": serialize_turtle(graph)}


def shacl(model: Model) -> dict[str, str]:
    from linkml.generators.shaclgen import ShaclGenerator

    graph = Graph(bind_namespaces="core").parse(data=ShaclGenerator(str(model.root_path)).serialize(), format="turtle")
    _bind(graph, model)
    return {"vdm.shacl.ttl": serialize_turtle(graph)}


def jsonld_context(model: Model) -> dict[str, str]:
    from linkml.generators.jsonldcontextgen import ContextGenerator

    # Given the merged schema: ContextGenerator's own loader resolves nested relative imports
    # (datasets/* importing comunes) from the root folder, which SchemaView does not.
    text = ContextGenerator(model.merged_schema, metadata=False).serialize()
    return {"vdm.context.jsonld": text.rstrip("\n") + "\n"}


def _concept_scheme(graph: Graph, scheme: URIRef, title_es: str, title_en: str) -> None:
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, Literal(title_es, lang="es")))
    graph.add((scheme, SKOS.prefLabel, Literal(title_en, lang="en")))


def _concept(graph: Graph, scheme: URIRef, code: str, labels: dict[str, str]) -> URIRef:
    concept = URIRef(f"{scheme}/{code}")
    graph.add((concept, RDF.type, SKOS.Concept))
    graph.add((concept, SKOS.inScheme, scheme))
    graph.add((concept, SKOS.notation, Literal(code)))
    for key, text in labels.items():
        if text:
            predicate, lang = {
                "label_es": (SKOS.prefLabel, "es"),
                "label_en": (SKOS.prefLabel, "en"),
                "description_es": (SKOS.definition, "es"),
                "description_en": (SKOS.definition, "en"),
            }[key]
            graph.add((concept, predicate, Literal(text, lang=lang)))
    return concept


def skos_enums(model: Model) -> dict[str, str]:
    """One skos:ConceptScheme per enum, linked to the OWL enum class it publishes."""
    graph = Graph(bind_namespaces="core")
    _bind(graph, model)
    view = model.view
    for name, enum in sorted(view.all_enums().items()):
        scheme = CODES[name]
        _concept_scheme(graph, scheme, label_es(enum) or name, label_en(enum) or name)
        graph.add((scheme, RDFS.seeAlso, URIRef(view.get_uri(enum, expand=True))))
        for code, pv in (enum.permissible_values or {}).items():
            concept = _concept(
                graph,
                scheme,
                code,
                {
                    "label_es": label_es(pv),
                    "label_en": label_en(pv),
                    "description_es": description_es(pv),
                    "description_en": description_en(pv),
                },
            )
            graph.add((scheme, SKOS.hasTopConcept, concept))
            for mapping in pv.exact_mappings or []:
                graph.add((concept, SKOS.exactMatch, URIRef(view.expand_curie(mapping))))
            for mapping in pv.close_mappings or []:
                graph.add((concept, SKOS.closeMatch, URIRef(view.expand_curie(mapping))))
    return {"skos/enumeraciones.ttl": serialize_turtle(graph)}


def skos_catalogs(model: Model) -> dict[str, str]:
    """The large catalogs published as code lists: INEGI states/municipalities and SCIAN 2023.

    The 95,749 postal codes are not published as SKOS (they are a lookup table, not a
    code list anyone picks from); the CSV in master_data/ is their publication.
    """
    cats = model.catalogs
    graph = Graph(bind_namespaces="core")
    _bind(graph, model)
    states = CODES["inegi_entidades"]
    _concept_scheme(graph, states, "Entidades federativas (INEGI)", "Federal entities (INEGI)")
    for cve, name in sorted(cats.state_names.items()):
        c = _concept(graph, states, cve, {"label_es": name, "label_en": name})
        graph.add((states, SKOS.hasTopConcept, c))
    municipalities = CODES["inegi_municipios"]
    _concept_scheme(graph, municipalities, "Municipios (INEGI, CVEGEO)", "Municipalities (INEGI, CVEGEO)")
    for cvegeo, name in sorted(cats.municipality_names.items()):
        c = _concept(graph, municipalities, cvegeo, {"label_es": name, "label_en": name})
        graph.add((c, SKOS.broader, URIRef(f"{states}/{cvegeo[:2]}")))
    scian = CODES["scian_2023_clases"]
    _concept_scheme(graph, scian, "Clases SCIAN México 2023", "SCIAN Mexico 2023 classes")
    for code, title in sorted(cats.scian_classes.items()):
        _concept(graph, scian, code, {"label_es": title})
    for info in cats.index.values():
        scheme = CODES[info.name]
        if (scheme, RDF.type, SKOS.ConceptScheme) in graph:
            graph.add((scheme, OWL.versionInfo, Literal(info.version)))
            graph.add((scheme, DCTERMS.publisher, Literal(info.publisher)))
            graph.add((scheme, DCTERMS.source, Literal(info.source)))
    return {"skos/catalogos.ttl": serialize_turtle(graph)}
