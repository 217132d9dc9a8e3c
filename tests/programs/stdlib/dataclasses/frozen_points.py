# Frozen dataclasses as hashable values; inheritance, kw_only, InitVar, ClassVar.
from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY, fields
from typing import ClassVar


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), {p, Point(1, 2), Point(0)}, p.moved(3, 4))
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    id: int
    label: str = "base"


@dataclass
class Child(Base):
    extra: float = 1.5
    count: ClassVar[int] = 0


ch = Child(7, extra=2.5)
print(ch, [f.name for f in fields(ch)], Child.count)


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1


print(Config("app", level=3), Config("x", debug=True))
try:
    Config("app", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Account:
    owner: str
    secret: InitVar[str] = "pw"
    digest: int = field(init=False, default=0)

    def __post_init__(self, secret):
        self.digest = len(secret) * 7


acc = Account("ann", "hunter2")
print(acc, acc.digest, [f.name for f in fields(Account)])


@dataclass(eq=False)
class Node:
    val: int


n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1, Node(5))
try:
    @dataclass
    class Thawed(Point):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)
