# STORE_ATTR appends a new instance's attributes inline when they come in
# the order the previous instance used (the site's hint is the next entry)
# and the dict has room; any other order, deleted entries, shadowing keys,
# slots and growth go through the runtime with the same results.


class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Q:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 3
            self.b = 4
        self.c = self.a + self.b


class S:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.d = 1
        self.s = 2
        self.e = 3


class Grow:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "g%d" % i, i)
        self.last = n


ps = [P(i, i * 2, str(i)) for i in range(5)]
print([vars(p) for p in ps[:2]], [p.x + p.y for p in ps])
qs = [Q(i % 3 == 0) for i in range(6)]
print([(q.a, q.b, q.c, list(vars(q))) for q in qs])
s = S()
print(s.s, s.d, s.e, vars(s))
gs = [Grow(n) for n in (1, 8, 3, 20, 2)]
print([len(vars(g)) for g in gs], gs[3].g19, gs[3].last)

# A key equal to a name but not the same object.
p = P(1, 2, 3)
del p.y
p.__dict__["".join(["", "y"])] = "shadow"
print(vars(p), p.y)
p2 = P(4, 5, 6)
print(vars(p2))

# __dict__ replaced before the stores.
class R:
    def __init__(self, d):
        self.__dict__ = d
        self.k = 1


d = {"pre": 0}
r = R(d)
print(d, r.k, R({}).k)
