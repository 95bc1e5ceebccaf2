"""The validation engine, layer by layer."""

from __future__ import annotations

import json

import pytest
from conftest import PERSON, TODAY

from vdm_protocol import validate, validate_stream
from vdm_protocol.engine.decode import MAX_DEPTH, MAX_DOCUMENT_BYTES

ADDRESS = {
    "tipo": "Domicilio",
    "entidad_federativa": "26",
    "municipio": "030",
    "codigo_postal": "83000",
    "calle": "BLVD. LUIS ENCINAS",
    "numero_exterior": "1520",
}


def codes(payload, **kw) -> list[str]:
    report = validate(payload, today=TODAY, **kw)
    return [f.code for r in report.records for f in r.findings]


# -- decode --------------------------------------------------------------------------------------
def test_valid_person_has_no_findings():
    assert codes(PERSON) == []


def test_malformed_json_is_located():
    report = validate(b'{"tipo": "PersonaFisica",\n  "curp": }')
    (finding,) = report.records[0].findings
    assert finding.code == "VDM101"
    assert finding.params["linea"] == 2 and finding.params["columna"] == 11


def test_malformed_json_detail_is_bilingual():
    (finding,) = validate(b'{"tipo": "Domicilio", "calle" "A"}').records[0].findings
    assert "se esperaban dos puntos (:)" in finding.message("es")
    assert "Expecting ':' delimiter" in finding.message("en")


def test_malformedyaml_problem_is_bilingual():
    (finding,) = validate(b"tipo: Domicilio\n  calle: A\n", fmt="yaml").records[0].findings
    assert finding.code == "VDM101" and finding.params["linea"] == 2
    assert "aquí no se permite un valor de mapeo" in finding.message("es")
    assert "mapping values are not allowed" in finding.message("en")


def test_format_is_named_in_the_message_language():
    (finding,) = validate({**PERSON, "fecha_nacimiento": "1990-02-30"}, today=TODAY).records[0].findings
    assert finding.code == "VDM209"
    assert "no es válido como fecha ISO 8601 (AAAA-MM-DD)" in finding.message("es")
    assert "is not a valid ISO 8601 date (YYYY-MM-DD)" in finding.message("en")


def test_invalid_utf8():
    assert codes(b'{"tipo": "Contacto", "correo_electronico": "\xff@x.mx"}') == ["VDM102"]


def test_bom_is_a_warning_and_the_document_is_still_read():
    report = validate(b"\xef\xbb\xbf" + json.dumps(PERSON).encode())
    assert [f.code for f in report.records[0].findings] == ["VDM103"]
    assert report.passed() and not report.passed(strict=True)


def test_duplicate_keys_are_located():
    report = validate(b'{"tipo": "Domicilio", "calle": "A", "calle": "B"}')
    dup = [f for f in report.records[0].findings if f.code == "VDM104"]
    assert dup and dup[0].pointer == "/calle"


def test_duplicate_keys_in_yaml():
    report = validate(b"tipo: Contacto\ncorreo_electronico: a@b.mx\ncorreo_electronico: c@d.mx\n", fmt="yaml")
    assert [f.code for f in report.records[0].findings] == ["VDM104"]


def test_nan_and_infinity():
    assert "VDM105" in codes(b'{"tipo": "ActividadEconomica", "clase_scian": "311812", "porcentaje": NaN}')


def test_nesting_limit():
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    assert codes(f'{{"tipo": "Contacto", "x": {deep}}}'.encode()) == ["VDM106"]
    very_deep = "[" * 100_000 + "]" * 100_000
    assert codes(very_deep.encode()) == ["VDM106"]


def test_document_size_limit():
    big = b'{"tipo": "Contacto", "x": "' + b"a" * (MAX_DOCUMENT_BYTES + 1) + b'"}'
    assert codes(big) == ["VDM107"]


def test_yaml_keeps_dates_as_text():
    text = "tipo: PersonaFisica\n" + "\n".join(f"{k}: {v}" for k, v in PERSON.items() if k != "tipo")
    assert codes(text.encode(), fmt="yaml") == []


def test_root_must_be_an_object():
    assert codes(b'"texto"') == ["VDM201"]


def test_unknown_or_missing_tipo():
    assert codes({"curp": "X"}) == ["VDM202"]
    assert codes({"tipo": "Nada"}) == ["VDM202"]
    assert codes({**PERSON, "tipo": "PersonaMoral"}, class_name="PersonaFisica") == ["VDM202"]
    assert codes({k: v for k, v in PERSON.items() if k != "tipo"}, class_name="PersonaFisica") == []


# -- structure -----------------------------------------------------------------------------------
def test_structure_reports_every_error_with_pointers():
    bad = {**PERSON, "curp": "pegj900512hjcrrs04", "extra": 1, "sexo": "Q"}
    del bad["nombre"]
    report = validate(bad, today=TODAY)
    found = {(f.code, f.pointer) for f in report.records[0].findings}
    assert found == {("VDM206", "/curp"), ("VDM203", "/extra"), ("VDM401", "/sexo"), ("VDM204", "/nombre")}


def test_trailing_newline_is_rejected():
    assert codes({**PERSON, "curp": PERSON["curp"] + "\n"}) == ["VDM206"]


def test_wrong_type_hides_other_errors_at_the_same_place():
    assert codes({**PERSON, "curp": 12345}) == ["VDM205"]


def test_impossible_date():
    assert codes({**PERSON, "fecha_nacimiento": "1990-02-30"}) == ["VDM209"]


def test_nested_optional_object_errors_are_precise():
    bad = {**PERSON, "domicilio": {**ADDRESS, "municipio": "30"}}
    del bad["domicilio"]["tipo"]
    report = validate(bad, today=TODAY)
    assert [(f.code, f.pointer) for f in report.records[0].findings] == [("VDM206", "/domicilio/municipio")]


# -- semantics -----------------------------------------------------------------------------------
@pytest.mark.parametrize("curp", ["BOXW310820HNERXN09", "PEGJ900512HJCRRS04"])
def test_known_valid_curps(curp):
    person = {**PERSON, "curp": curp}
    found = codes(person)
    assert "VDM301" not in found and "VDM306" not in found


def test_curp_check_digit():
    assert codes({**PERSON, "curp": "PEGJ900512HJCRRS05"}) == ["VDM301"]


@pytest.mark.parametrize("kind,rfc", [("persona_fisica", "GODE561231GR8"), ("persona_moral", "MAB9307148T4")])
def test_known_valid_rfcs(kind, rfc):
    assert codes({"tipo_sujeto": kind, "rfc": rfc}, class_name="Sujeto") == []


def test_rfc_check_digit_is_a_warning():
    report = validate({"tipo_sujeto": "persona_fisica", "rfc": "VACE460910SX6"}, class_name="Sujeto")
    (finding,) = report.records[0].findings
    assert finding.code == "VDM302" and finding.severity == "warning"
    assert report.passed() and not report.passed(strict=True)


def test_curp_consistency():
    assert codes({**PERSON, "fecha_nacimiento": "1990-05-13"}) == ["VDM303"]
    assert codes({**PERSON, "sexo": "M"}) == ["VDM304"]
    assert codes({**PERSON, "entidad_nacimiento": "SR"}) == ["VDM305"]
    assert codes({**PERSON, "sexo": "X"}) == []  # the CURP does not encode non-binary


def test_birth_date_range():
    assert "VDM308" in codes({**PERSON, "fecha_nacimiento": "2030-05-12"})


def test_address_checks():
    assert codes(ADDRESS) == []
    assert codes({**ADDRESS, "municipio": "099"}) == ["VDM402"]
    assert codes({**ADDRESS, "codigo_postal": "01000"}) == ["VDM403"]
    assert codes({**ADDRESS, "municipio": "018"}) == ["VDM404"]  # 83000 is Hermosillo, not Cajeme
    assert codes({**ADDRESS, "codigo_postal": "00001"}) == ["VDM401"]


def test_tax_regime_must_apply_to_legal_entity():
    company = {
        "tipo": "PersonaMoral",
        "rfc": "MAB9307148T4",
        "denominacion_razon_social": "MUEBLES ARTESANALES DEL BAJIO",
        "fecha_constitucion": "1993-07-14",
        "regimenes_fiscales": ["601", "605"],
        "domicilio_fiscal": {k: v for k, v in ADDRESS.items() if k != "tipo"},
    }
    report = validate(company, today=TODAY)
    assert [(f.code, f.pointer) for f in report.records[0].findings] == [("VDM405", "/regimenes_fiscales/1")]


def test_activity_percentages_and_scian():
    activities = {
        "tipo": "PersonaMoral",
        "rfc": "MAB9307148T4",
        "denominacion_razon_social": "X",
        "fecha_constitucion": "1993-07-14",
        "regimenes_fiscales": ["601"],
        "actividades_economicas": [
            {"clase_scian": "337120", "porcentaje": 60},
            {"clase_scian": "999999", "porcentaje": 30},
        ],
        "domicilio_fiscal": {k: v for k, v in ADDRESS.items() if k != "tipo"},
    }
    assert sorted(codes(activities)) == ["VDM312", "VDM401"]


def test_agency_consistency():
    agency = {
        "tipo": "EntidadGubernamental",
        "clave_dependencia": "EST-26-SH",
        "nombre_dependencia": "Secretaría de Hacienda del Estado de Sonora",
        "nivel_gobierno": "estatal",
        "jurisdiccion": "26",
    }
    assert codes(agency) == []
    assert codes({**agency, "nivel_gobierno": "municipal"}) == ["VDM311"]
    assert codes(
        {**agency, "clave_dependencia": "MUN-26999-TESORERIA", "nivel_gobierno": "municipal", "jurisdiccion": "26999"}
    ) == [
        "VDM401",
        "VDM401",
    ]


def test_dates_out_of_order():
    doc = {
        "tipo": "ReferenciaDocumento",
        "tipo_documento": "constancia_curp",
        "emisor": "FED-00-RENAPO",
        "fecha_emision": "2026-03-02T10:00:00-06:00",
        "vigente_hasta": "2026-03-01",
        "digesto_sha256": "a" * 64,
        "tipo_medio": "application/pdf",
    }
    assert codes(doc) == ["VDM309"]


# -- batches and masking ---------------------------------------------------------------------------
def test_n_records_give_n_verdicts_whatever_the_lines_hold():
    lines = [
        json.dumps(PERSON).encode(),
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[]",
        json.dumps({**PERSON, "curp": "X"}).encode(),
        b"   ",
        b'{"tipo": "PersonaFisica"}',
    ]
    results = list(validate_stream(lines, today=TODAY))
    assert len(results) == 6
    assert [r.line for r in results] == [1, 3, 4, 5, 6, 8]
    assert results[0].passed() and not any(r.passed() for r in results[1:])


def test_values_are_masked_unless_asked():
    report = validate({**PERSON, "curp": "PEGJ900512HJCRRS05"}, today=TODAY)
    finding = report.records[0].findings[0]
    assert "PEGJ900512HJCRRS05" not in finding.message("es")
    assert "PEGJ900512HJCRRS05" not in json.dumps(finding.to_dict("en"))
    assert "PEGJ900512HJCRRS05" in finding.message("es", show_values=True)


def test_messages_in_both_languages():
    finding = validate({**PERSON, "sexo": "M"}, today=TODAY).records[0].findings[0]
    assert "CURP indica" in finding.message("es")
    assert "CURP says" in finding.message("en")


# -- the request a response is checked against ---------------------------------------------------
@pytest.mark.parametrize(
    "request_bytes,code",
    [
        (b"", "VDM101"),
        (b'{"tipo": "SolicitudIntercambio",', "VDM101"),
        (b"\xff\xfe{}", "VDM102"),
        (b"[" * 5000, "VDM106"),
    ],
)
def test_an_unreadable_request_is_a_located_usage_error(request_bytes, code):
    from vdm_protocol.api import RequestError

    with pytest.raises(RequestError) as caught:
        validate(b'{"tipo": "RespuestaIntercambio"}', request=request_bytes)
    assert [f.code for f in caught.value.findings] == [code]
    assert code in caught.value.message("es") and code in caught.value.message("en")


def test_a_request_of_another_class_is_a_usage_error():
    from vdm_protocol.api import RequestError

    with pytest.raises(RequestError, match="PersonaFisica, not a SolicitudIntercambio"):
        validate(b'{"tipo": "RespuestaIntercambio"}', request=json.dumps(PERSON).encode())


# -- no record lost when a batch is damaged ------------------------------------------------------
def test_ndjson_without_a_suffix_survives_a_bad_first_line():
    good = json.dumps(PERSON).encode()
    for bad in (b"garbage", b"{oops", b"\xff\xfe"):
        report = validate(b"\n".join([bad, good, good, b""]))
        assert [r.line for r in report.records] == [1, 2, 3]
        assert [r.passed() for r in report.records] == [False, True, True]


def test_ndjson_with_an_invalid_utf8_line_keeps_every_record():
    good = json.dumps(PERSON).encode()
    report = validate(b"\n".join([good, b"\xff\xfe", good, good]))
    assert [[f.code for f in r.findings] for r in report.records] == [[], ["VDM102"], [], []]


def test_a_pretty_printed_broken_document_stays_one_record():
    text = json.dumps({**PERSON, "domicilio": {"calle": "A"}}, indent=2)[:-2]  # cut the closing brace
    (record,) = validate(text.encode()).records
    assert [f.code for f in record.findings] == ["VDM101"]


def test_yaml_documents_after_a_broken_one_still_get_their_verdicts():
    text = b"tipo: Domicilio\n---\ntipo: Domicilio\n  calle: [\n---\ntipo: Domicilio\ncalle: a\ncalle: b\n---\nx: 1\n"
    report = validate(text, fmt="yaml")
    assert [r.line for r in report.records] == [1, 4, 6, 10]  # a broken document is located at its error
    assert "VDM101" in report.records[1].codes
    (dup,) = [f for f in report.records[2].findings if f.code == "VDM104"]
    assert dup.params["linea"] == 8  # located in the whole file, not in the document


def test_yaml_alias_bomb_has_its_own_code():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    (record,) = validate(("\n".join(lines) + "\n").encode(), fmt="yaml").records
    assert record.codes == ["VDM108"]


def test_a_value_rejected_by_decode_is_not_reported_again():
    report = validate(b'{"tipo": "Domicilio", "entidad_federativa": NaN, "municipio": "030"}')
    at_state = [f.code for f in report.records[0].findings if f.pointer == "/entidad_federativa"]
    assert at_state == ["VDM105"]  # not also VDM205 (wrong type) for the same NaN


def test_protocol_metadata_is_shown_and_personal_data_masked():
    from vdm_protocol.findings import Finding

    digest = Finding("VDM801", "/evidencias/0/documento/digesto_sha256", {"calculado": "0" * 64}, value="f" * 64)
    assert "f" * 64 in digest.message("es") and digest.to_dict()["value"] == "f" * 64
    curp = Finding("VDM301", "/curp", value="PEGJ900512HJCRRS05")
    assert "PEGJ900512HJCRRS05" not in curp.message("es") and curp.to_dict()["value"] != "PEGJ900512HJCRRS05"
    assert "PEGJ900512HJCRRS05" in curp.message("es", show_values=True)


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!set", "!!timestamp", "!local"])
def test_yaml_tags_outside_json_data_are_refused(tag):
    (record,) = validate(f"tipo: Domicilio\ncalle: {tag} x\n".encode(), fmt="yaml").records
    (refused,) = [f for f in record.findings if f.code == "VDM101"]
    assert refused.pointer == "/calle" and refused.params["linea"] == 2


def test_many_broken_yaml_documents_each_get_a_verdict():
    broken = "tipo: Domicilio\n  calle: [\n---\n"
    report = validate((broken * 3000 + "tipo: Domicilio\n").encode(), fmt="yaml")
    assert len(report.records) == 3001 and report.records[-1].line == 9001
    assert all(r.codes == ["VDM101"] for r in report.records[:-1])


def test_request_given_as_a_long_text_is_read_as_text():
    request = json.dumps({"tipo": "SolicitudIntercambio", "nota": "x" * 5000})
    report = validate(b'{"tipo": "RespuestaError"}', request=request)  # not taken for a file name
    assert report.records[0].class_name == "RespuestaError"
