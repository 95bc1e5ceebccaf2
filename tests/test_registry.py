"""The failure catalog and the checks, held to each other."""

from __future__ import annotations

import string
from collections import Counter

from vdm_protocol.engine.registry import CHECKS, PROVIDER_SIDE_CODES, codes_by_layer
from vdm_protocol.failures import catalog, category_labels

FIELDS = ("name", "category", "origin", "severity", "http_status", "oots", "xroad")


def test_catalog_has_at_least_30_complete_variants():
    variants = catalog()
    assert len(variants) >= 30
    for v in variants.values():
        for field in FIELDS:
            assert getattr(v, field) not in (None, ""), (v.code, field)
        assert isinstance(v.retryable, bool)
        assert 200 <= v.http_status <= 599
        for lang in ("es", "en"):
            for attr in ("title", "description", "message", "remediation"):
                assert getattr(v, attr)[lang].strip(), (v.code, attr, lang)
        assert v.severity in ("error", "warning", "info")


def test_message_placeholders_agree_between_languages():
    fmt = string.Formatter()
    for v in catalog().values():
        es = {f for _, f, _, _ in fmt.parse(v.message["es"]) if f}
        en = {f for _, f, _, _ in fmt.parse(v.message["en"]) if f}
        assert es == en, v.code
        for lang in ("es", "en"):
            assert not {f for _, f, _, _ in fmt.parse(v.remediation[lang]) if f}, (
                v.code,
                "remediation has placeholders",
            )


def test_every_category_of_the_issue_is_covered():
    counts = Counter(v.category for v in catalog().values())
    for category in (
        "sintaxis",
        "estructura",
        "semantica",
        "catalogo",
        "protocolo",
        "autorizacion",
        "proveedor",
        "integridad",
    ):
        assert counts[category] >= 1, category
    assert set(counts) <= set(category_labels())


def test_codes_are_stable_format_and_unique_names():
    names = [v.name for v in catalog().values()]
    assert len(names) == len(set(names))
    assert all(c.startswith("VDM") and len(c) == 6 for c in catalog())


def test_checks_emit_only_catalog_codes():
    emitted = set().union(*codes_by_layer().values())
    assert emitted <= set(catalog()), emitted - set(catalog())


def test_every_validator_side_code_has_a_check():
    emitted = set().union(*codes_by_layer().values())
    orphaned = set(catalog()) - emitted - PROVIDER_SIDE_CODES
    assert not orphaned, f"codes no check emits: {sorted(orphaned)}"
    assert set(catalog()) >= PROVIDER_SIDE_CODES
    assert not (PROVIDER_SIDE_CODES & emitted)


def test_every_layer_has_checks():
    layers = codes_by_layer()
    for layer in ("decode", "structure", "semantics", "protocol"):
        assert layers[layer], layer
    assert len(CHECKS) >= 15
