"""The service directory (master_data/directorio_servicios.yaml): valid and self-consistent."""

from __future__ import annotations

import yaml
from conftest import MASTER_DATA, PILOT_DATASETS

from vdm_protocol import validate
from vdm_protocol.directory import DIRECTORY_FILE, get_directory

PATH = MASTER_DATA / DIRECTORY_FILE


def test_directory_is_a_valid_instance_of_its_model():
    report = validate(PATH)
    (record,) = report.records
    assert record.class_name == "DirectorioServicios"
    assert record.findings == [], [f.message("en") for f in record.findings]


def test_directory_references_resolve(model):
    directory = get_directory()
    datasets = set(model.view.get_enum("TipoConjuntoDatos").permissible_values)
    for procedure in directory.procedures.values():
        assert procedure["dependencia_responsable"] in directory.agencies, procedure["clave_tramite"]
    for service in directory.services.values():
        assert service.provider in directory.agencies, service.service_id
        assert service.dataset in datasets, service.service_id
        assert service.permissions, f"{service.service_id} admits no procedure"
        for permission in service.permissions:
            assert permission.procedure in directory.procedures, (service.service_id, permission.procedure)
            assert permission.requester in directory.agencies, (service.service_id, permission.requester)


def test_directory_covers_the_pilots():
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    agencies = {a["clave_dependencia"]: a for a in data["dependencias"]}
    levels = {(a["nivel_gobierno"], a["jurisdiccion"]) for a in agencies.values()}
    # Sonora (26) and Tamaulipas (28) with one municipality each, Jalisco (14), the federal providers.
    assert {("estatal", "26"), ("estatal", "28"), ("estatal", "14")} <= levels
    assert {("municipal", "26030"), ("municipal", "28041")} <= levels
    assert {"FED-00-RENAPO", "FED-00-SAT", "FED-00-SE"} <= set(agencies)
    offered = {s["tipo_conjunto"] for s in data["servicios"]}
    assert offered == PILOT_DATASETS
