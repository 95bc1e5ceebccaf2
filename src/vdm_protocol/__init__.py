"""vdm-protocol: the VDM data-exchange protocol as code.

Public API::

    from vdm_protocol import validate, validate_stream, validate_paths
    report = validate(b'{"tipo": "SolicitudIntercambio", ...}')
    report.passed(), report.records[0].findings

Importing this package does not import LinkML (only `vdm generate` needs it).
"""

from .api import validate, validate_paths, validate_stream
from .engine import UsageError
from .findings import Finding, RecordResult, Report

__all__ = [
    "Finding",
    "RecordResult",
    "Report",
    "UsageError",
    "validate",
    "validate_paths",
    "validate_stream",
]
