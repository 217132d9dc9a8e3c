# Attribute and method lookups must notice monkey-patched classes, instance
# dicts shadowing methods, and descriptors added after first use.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def measure(ps):
    return [p.norm1() for p in ps]


ps = [Point(1, -2), Point(3, 4)]
print(measure(ps))
Point.norm1 = lambda self: self.x * self.y
print(measure(ps))
ps[0].norm1 = lambda: "instance"
print(measure(ps))
del ps[0].norm1
print(measure(ps))


def xs(ps):
    return [p.x for p in ps]


print(xs(ps))
Point.x = property(lambda self: "prop")
print(xs(ps))
del Point.x
print(xs(ps))


class Base:
    def who(self):
        return "base"


class Child(Base):
    pass


def whos(objs):
    return [o.who() for o in objs]


objs = [Child(), Base()]
print(whos(objs))
Base.who = lambda self: "patched base"
print(whos(objs))
Child.who = lambda self: "child"
print(whos(objs))


class Logged:
    def __init__(self):
        self.v = 1


def get_v(o):
    return o.v


lg = Logged()
print(get_v(lg))
Logged.__getattribute__ = lambda self, name: "intercepted " + name
print(get_v(lg))
del Logged.__getattribute__
print(get_v(lg))
Logged.__getattr__ = lambda self, name: "fallback " + name
print(lg.missing, get_v(lg))

items = []
for i in range(3):
    items.append(i)
print(items)
list_append = list.append


class MyList(list):
    def append(self, v):
        list_append(self, v * 100)


m = MyList()
for i in range(3):
    m.append(i)
print(m)
