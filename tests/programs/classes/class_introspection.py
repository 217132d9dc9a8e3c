# Class-level introspection that does not depend on addresses
class Base:
    """Base docstring."""
    kind = "base"

    def method(self):
        return 1


class Child(Base):
    kind = "child"

    def __init__(self):
        self.a = 1
        self.b = [2]

    def extra(self):
        return 2


c = Child()
print(type(c).__name__, c.__class__.__name__, Child.__name__, Child.__qualname__, Child.__module__)
print([k.__name__ for k in Child.__mro__], [b.__name__ for b in Child.__bases__])
print(Base.__doc__, Child.__doc__)
print(vars(c), c.__dict__ is vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print(hasattr(c, "method"), hasattr(c, "nope"), getattr(c, "kind"), getattr(Base, "kind"))
print(type(Child) is type, type(type).__name__, isinstance(Child, type), type(c.method).__name__)
print(type(Child.extra).__name__, Child.extra(c), c.extra())
Dynamic = type("Dynamic", (Base,), {"kind": "dyn", "double": lambda self, x: 2 * x})
d = Dynamic()
print(type(d).__name__, d.kind, d.double(21), d.method(), isinstance(d, Base))
print([name for name in dir(c) if not name.startswith("_")])
print(Child.__subclasses__(), [k.__name__ for k in Base.__subclasses__()])
