"""mkdocs hook (see mkdocs.yml): re-stage the site sources before every build and rebuild."""

from __future__ import annotations

import warnings


def on_pre_build(config, **kwargs) -> None:  # noqa: ARG001 - mkdocs hook signature
    from vdm_protocol.site import stage

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stage()
