# Dataclasses for an inventory: defaults, factories, ordering and helpers.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


a = Item("apple", 0.5, 10)
b = Item("pear", 0.75)
b.tags.append("fruit")
print(a, b, a.total(), b.total())
print(a == Item("apple", 0.5, 10), a == b, a != b, Item.qty)
print(asdict(b), astuple(a), [f.name for f in fields(Item)], is_dataclass(a), is_dataclass(5))
c = replace(a, qty=3)
print(c, a.qty, c is a)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
print(Version.__match_args__, Item.__eq__ is not None, Item.__hash__)
match Version(3, 1):
    case Version(3, minor):
        print("major 3, minor", minor)
for bad in (lambda: Item(), lambda: Item("x"), lambda: Item("x", 1, 2, [], 5),
            lambda: Item("x", 1, nope=2), lambda: Item("x", 1, name="y"),
            lambda: Version(1) < (1, 0, 0), lambda: replace(a, color="red"), lambda: fields(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Order:
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)
    total: float = field(init=False, default=0.0)

    def __post_init__(self):
        self.total = sum(i.total() for i in self.items)


o = Order([a, c], note="rush")
print(o, o.note, asdict(o)["items"][1]["qty"])
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
