"""The checks of each layer, and the failure codes each one may emit.

Every check is registered with the codes it can produce. A test holds this table and
the failure catalog to each other: no check emits a code outside the catalog, and no
validator-side code of the catalog is left without a check that emits it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

LAYERS = ("decode", "structure", "semantics", "protocol")


@dataclass(frozen=True)
class CheckInfo:
    name: str
    layer: str
    codes: tuple[str, ...]
    func: Callable


CHECKS: dict[str, CheckInfo] = {}


def check(layer: str, codes: tuple[str, ...]) -> Callable[[Callable], Callable]:
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer}")

    def register(func: Callable) -> Callable:
        name = f"{layer}.{func.__name__}"
        CHECKS[name] = CheckInfo(name, layer, tuple(codes), func)
        func.check_name = name  # type: ignore[attr-defined]
        return func

    return register


def declare(name: str, layer: str, codes: tuple[str, ...]) -> None:
    """Register codes emitted by code that is not a single function (the decode layer)."""
    CHECKS[name] = CheckInfo(name, layer, tuple(codes), lambda *a: None)


def codes_by_layer() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {layer: set() for layer in LAYERS}
    for info in CHECKS.values():
        out[info.layer].update(info.codes)
    return out


#: Codes only a provider sends, inside a RespuestaError: no validator check emits them.
PROVIDER_SIDE_CODES = frozenset({"VDM606", "VDM701", "VDM703", "VDM704", "VDM706", "VDM707"})
