"""JSON Pointer (RFC 6901) helpers."""

from __future__ import annotations


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(base: str, token: object) -> str:
    token = token if isinstance(token, str) else str(token)
    if "~" in token or "/" in token:
        token = escape(token)
    return base + "/" + token


def from_path(path: list | tuple) -> str:
    return "".join("/" + escape(str(p)) for p in path)


def is_within(pointer: str, ancestor: str) -> bool:
    """True when ``pointer`` is ``ancestor`` or lies below it."""
    return pointer == ancestor or pointer.startswith(ancestor + "/")
