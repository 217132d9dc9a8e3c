# Postponed annotations with dataclasses and typing: fields keep their text.
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0


n = Node(1, [Node(2)])
print(n)
print([(f.name, f.type) for f in fields(Node)])
print(Node.__annotations__)
