# Metaclasses: __prepare__, __new__, __init__, __call__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"__prepare__({name!r}, kw={kw})")
        ns = {"injected": "from prepare"}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print(f"__new__({name!r}, bases={[b.__name__ for b in bases]})")
        print("  keys:", [k for k in ns if not k.startswith("__")])
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print(f"__init__({name!r})")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print(f"__call__({cls.__name__}, {args})")
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst


class Base(metaclass=Meta, tag="base"):
    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


class Child(Base):
    extra = 1


print(type(Base).__name__, type(Child).__name__)
print(Base.tag, Child.tag, Base.injected)
c = Child(7)
print(c.v, c.created_by_meta, c.method())
print(isinstance(Child, Meta), isinstance(Child, type))
print(Meta.__mro__)

# type(name, bases, ns) builds classes dynamically.
Dyn = type("Dyn", (Base,), {"x": 10, "double": lambda self: self.v * 2})
d = Dyn(4)
print(Dyn.__name__, Dyn.x, d.double(), Dyn.tag)
print(type(type), type(object), type(Meta))
Plain = type("Plain", (), {})
print(Plain, Plain.__bases__, Plain.__qualname__)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class A(metaclass=Registry):
    pass


class B(A):
    pass


print(Registry.classes)
