"""mkdocs hook (see mkdocs.yml): re-stage the site sources before every build and rebuild."""

from __future__ import annotations

import warnings


def on_pre_build(config, **kwargs) -> None:  # noqa: ARG001 - mkdocs hook signature
    from mkdocs.exceptions import PluginError

    from vdm_protocol.site import MissingTranslation, WrittenPageConflict, stage

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            stage()
        except (MissingTranslation, WrittenPageConflict) as err:
            raise PluginError(str(err)) from None
