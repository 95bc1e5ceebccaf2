"""The VDM service directory (master_data/directorio_servicios.yaml), loaded once.

The protocol's "dataset available", "requester authorized" and "purpose permitted"
checks read this registry and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .paths import master_data_dir

DIRECTORY_FILE = "directorio_servicios.yaml"


@dataclass(frozen=True, slots=True)
class Permission:
    procedure: str
    requester: str
    purposes: frozenset[str]
    authorization_types: frozenset[str]
    legal_bases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DataService:
    service_id: str
    provider: str
    dataset: str
    versions: frozenset[str]
    endpoint: str
    min_authentication: str | None
    requires_preview: bool
    permissions: tuple[Permission, ...]

    def permission_for(self, procedure: str, requester: str) -> Permission | None:
        for p in self.permissions:
            if p.procedure == procedure and p.requester == requester:
                return p
        return None


class ServiceDirectory:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.services: dict[tuple[str, str], DataService] = {}
        for s in data.get("servicios", []):
            service = DataService(
                service_id=s["id_servicio"],
                provider=s["clave_proveedor"],
                dataset=s["tipo_conjunto"],
                versions=frozenset(s["versiones"]),
                endpoint=s["punto_acceso"],
                min_authentication=s.get("nivel_autenticacion_minimo"),
                requires_preview=bool(s.get("requiere_vista_previa")),
                permissions=tuple(
                    Permission(
                        procedure=p["clave_tramite"],
                        requester=p["clave_solicitante"],
                        purposes=frozenset(p["finalidades"]),
                        authorization_types=frozenset(p["tipos_autorizacion"]),
                        legal_bases=tuple(p["fundamentos_legales"]),
                    )
                    for p in s["permisos"]
                ),
            )
            self.services[(service.provider, service.dataset)] = service
        self.agencies = {a["clave_dependencia"]: a for a in data.get("dependencias", [])}
        self.procedures = {t["clave_tramite"]: t for t in data.get("tramites", [])}

    @classmethod
    def load(cls, path: Path | None = None) -> ServiceDirectory:
        path = path or master_data_dir() / DIRECTORY_FILE
        import yaml

        with path.open(encoding="utf-8") as handle:
            return cls(yaml.safe_load(handle))

    def service(self, provider: str, dataset: str) -> DataService | None:
        return self.services.get((provider, dataset))


@cache
def get_directory() -> ServiceDirectory:
    return ServiceDirectory.load()
