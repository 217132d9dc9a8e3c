# Reads of built-in data descriptors (getset descriptors and the properties
# of built-in types) through attribute sites: the site calls the getter
# directly while the receiver's type and the type epoch hold.
import re


def read_attrs(objs, name):
    out = []
    for o in objs:
        try:
            out.append(getattr(o, name) if name != "lastgroup" else o.lastgroup)
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


def lastgroup_of(m):
    return m.lastgroup


def real_of(x):
    return x.real


def name_of(f):
    return f.__name__


def args_of(e):
    return e.args


def class_of(c):
    return c.__class__


def main():
    p = re.compile(r"(?P<num>\d+)|(?P<word>[a-z]+)|(\s+)")
    ms = [p.match(s) for s in ["12", "ab", "  "]]
    for _ in range(3):
        print([lastgroup_of(m) for m in ms])
        print([(m.lastindex, m.string, m.re is p, m.pos, m.endpos) for m in ms])

    # The same site sees several types: float, int, bool, complex, a subclass.
    class F(float):
        pass

    class G(float):
        @property
        def real(self):
            return "G.real"

    class H(float):
        real = "class attribute"

    vals = [1.5, 7, True, 2 + 3j, F(2.5), G(3.5), H(4.5), F(5.5)]
    for _ in range(2):
        print([real_of(v) for v in vals])
    print([v.imag for v in vals[:5]])

    # Functions, exceptions, __class__.
    def f():
        pass

    fs = [f, len, main]
    for _ in range(2):
        print([name_of(g) for g in fs])
    f.__name__ = "renamed"
    print([name_of(g) for g in fs])
    es = [ValueError(1, 2), KeyError("k"), Exception()]
    for _ in range(2):
        print([args_of(e) for e in es])
    es[0].args = ("changed",)
    print([args_of(e) for e in es])
    for _ in range(2):
        print([class_of(c).__name__ for c in [1, "s", ms[0], f, es[1]]])

    # __getattr__ on a subclass of a built-in type: only missing attributes
    # and AttributeErrors from getters reach it.
    class E(Exception):
        def __getattr__(self, name):
            return "getattr:" + name

    e = E("x")
    for _ in range(2):
        print(args_of(e), e.missing)

    # __getattribute__ on a subclass overrides the getter.
    class I(float):
        def __getattribute__(self, name):
            if name == "real":
                return "intercepted"
            return float.__getattribute__(self, name)

    for _ in range(2):
        print([real_of(v) for v in [1.0, I(2.0), 3.0]])

    # An instance dict entry does not shadow a data descriptor.
    class K(Exception):
        pass

    k = K(1)
    k.__dict__["args"] = "from dict"
    for _ in range(2):
        print(args_of(k), k.__dict__)

    # A class whose attribute is replaced after the site filled.
    class R(float):
        pass

    r = R(9.5)
    for i in range(4):
        print(real_of(r))
        if i == 1:
            R.real = property(lambda self: "replaced")
    del R.real
    print(real_of(r))

    # A __class__ assignment between reads changes the receiver's type.
    class A:
        pass

    class B:
        pass

    a = A()
    for i in range(3):
        print(class_of(a).__name__)
        a.__class__ = B if i % 2 == 0 else A

    # AttributeError messages and getters that raise.
    print(read_attrs([1.5, "s", None], "real"))
    print(read_attrs([ms[0], 3, "x"], "lastgroup"))

    class Slotted:
        __slots__ = ("x",)

    s = Slotted()
    for _ in range(2):
        try:
            print(s.x)
        except AttributeError as ex:
            print("AttributeError:", ex)
        s.x = 5
    print(s.x)

    # A getter that raises an exception other than AttributeError.
    class BadProp(float):
        @property
        def imag(self):
            raise ValueError("bad imag")

    for v in [1.0, BadProp(1.0), 2.0]:
        try:
            print(v.imag)
        except ValueError as ex:
            print("ValueError:", ex)

    # A property whose getter is a built-in function (not a getset).
    class L(list):
        size = property(len)

    ls = [L([1, 2]), L()]
    for _ in range(2):
        print([x.size for x in ls])
    ls[1].append(3)
    print([x.size for x in ls])


main()
