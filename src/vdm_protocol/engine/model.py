"""The model as the engine sees it: classes, slots and their ranges, from modelo.json.

Built once per process. Knows which class a JSON path lands in, so findings can name
the class and the field label, and which concrete class a polymorphic slot holds.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..resources import model_index


class EngineModel:
    def __init__(self, index: dict[str, Any]) -> None:
        self.classes: dict[str, dict[str, Any]] = index["classes"]
        self.enums: dict[str, dict[str, Any]] = index["enums"]
        self.version = index["version"]
        self.descendants: dict[str, set[str]] = {name: set() for name in self.classes}
        for name, cls in self.classes.items():
            parent = cls.get("is_a")
            while parent:
                self.descendants[parent].add(name)
                parent = self.classes[parent].get("is_a")
        self._polymorphic_holders: dict[str, bool] = {}
        #: Classes a payload's top-level `tipo` may name.
        self.payload_classes = sorted(n for n, c in self.classes.items() if c["typed"] and not c["abstract"])

    def slot(self, class_name: str, slot_name: str) -> dict[str, Any] | None:
        cls = self.classes.get(class_name)
        return cls["slots"].get(slot_name) if cls else None

    def concrete_class(self, range_name: str, value: Any) -> str:
        """The class a value of ``range_name`` really is: the descendant its `tipo` names."""
        if isinstance(value, dict):
            tipo = value.get("tipo")
            if isinstance(tipo, str) and tipo in self.descendants.get(range_name, ()):
                return tipo
        return range_name

    def is_polymorphic(self, range_name: str) -> bool:
        return bool(self.descendants.get(range_name))

    def may_hold_polymorphic(self, class_name: str) -> bool:
        """Whether an instance of the class can contain, at any depth, a polymorphic slot."""
        cached = self._polymorphic_holders.get(class_name)
        if cached is None:
            seen, stack, found = set(), [class_name], False
            while stack and not found:
                cls = stack.pop()
                if cls in seen or cls not in self.classes:
                    continue
                seen.add(cls)
                for slot in self.classes[cls]["slots"].values():
                    if slot["kind"] == "class":
                        if self.is_polymorphic(slot["range"]):
                            found = True
                            break
                        stack.append(slot["range"])
            cached = self._polymorphic_holders[class_name] = found
        return cached

    def class_at(self, root: str, path: list | tuple, data: Any) -> str | None:
        """The class of the object at ``path`` below a ``root`` instance (None if not an object)."""
        cls, value = root, data
        i = 0
        while i < len(path):
            token = path[i]
            slot = self.slot(cls, str(token))
            if slot is None or slot["kind"] != "class":
                return None
            value = value.get(token) if isinstance(value, dict) else None
            i += 1
            if slot["multivalued"]:
                if i >= len(path):
                    return None
                idx = path[i]
                value = value[idx] if isinstance(value, list) and isinstance(idx, int) and idx < len(value) else None
                i += 1
            cls = self.concrete_class(slot["range"], value)
        return cls


@cache
def engine_model() -> EngineModel:
    return EngineModel(model_index())
