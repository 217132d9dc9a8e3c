# Property and getset reads call the getter directly; properties with an
# instance dict (subclasses of property) still read their accessors there.
import re


class P:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 10

    @property
    def bad(self):
        raise ValueError("no bad")

    y = property(lambda self: "lambda y")
    z = property(None)


class MyProperty(property):
    pass


class Q:
    w = MyProperty(lambda self: "w from fget")


p = P()
print(p.x, p.y)
for name in ["bad", "z"]:
    try:
        getattr(p, name)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
q = Q()
print(q.w)
Q.__dict__["w"].__dict__["extra"] = 1
print(q.w, Q.__dict__["w"].extra)
P.x = P.x.getter(lambda self: "new getter")
print(p.x)
m = re.match(r"(?P<a>\d+)(?P<b>x)?", "12y")
print(m.lastgroup, m.lastindex, m.string, m.re.pattern, m.pos, m.endpos)
print((1 + 2j).real, (3 - 4j).imag, P.x.fget(p), len.__name__, P.__name__)
total = 0
for i in range(30000):
    total += p._x + len(m.lastgroup)
print(total)
