# Attribute sites read and write an instance's inline values only while the
# class has no data descriptor for the name: properties added later, a
# method shadowed by an instance value, names stored out of order and in
# the instance dict, __slots__.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


def read_all(objs):
    return [o.a * 10 + o.b for o in objs]


def write_all(objs, k):
    for o in objs:
        o.a = k
        o.b = k + 1


objs = [P(i, i + 1) for i in range(4)]
print(read_all(objs))
write_all(objs, 7)
print(read_all(objs))
P.a = property(lambda self: -1, lambda self, v: print("  setter", v))
print(read_all(objs))
write_all(objs[:1], 9)
print(read_all(objs))
del P.a
print(read_all(objs))
o = objs[0]
o.total = lambda: "instance value"
print(o.total(), objs[1].total())
o.__dict__["c"] = 3
o.z = 5
print(o.z, o.c, read_all(objs))


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


print(read_all([S(1, 2), S(3, 4)]))
write_all([S(0, 0)], 5)
s = S(1, 1)
write_all([s], 4)
print(s.a, s.b)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
