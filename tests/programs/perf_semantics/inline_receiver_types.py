# Inlined method bodies read a receiver's type once per path and reuse it
# for its other attribute sites. Each site still checks its own cached
# entry: receivers of several classes through one call site, a receiver
# whose later attribute is a property or missing, ints and None as
# receivers, a class whose attribute changes between calls, and
# branches that read different attributes of the same receiver.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def pick(self, flag):
        return self.x if flag else self.y

    def far(self, other):
        return self.x - other.x if self.y > other.y else other.x - self.x


class Q(P):
    pass


class R:
    def __init__(self, x):
        self.x = x

    @property
    def y(self):
        return self.x * 10


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a.dot(b))
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


p, q = P(1, 2), Q(3, 4)
r, s = R(5), S(6, 7)
print(run([(p, q), (q, p), (p, p), (p, r), (q, s), (p, 3), (q, None)] * 2))


class Weird:
    def __init__(self):
        self.x = 2.5


w = Weird()
print(run([(p, w), (p, q)]))
Weird.y = 4
print(run([(p, w), (p, q)]))
del Weird.y
print(run([(p, w)]))

flags = [p.pick(i % 2) for i in range(6)] + [q.pick(i % 2) for i in range(4)]
print(flags)
print([a.far(b) for a in (p, q) for b in (p, q)])
q.y = 1.5
print([a.far(b) for a in (p, q) for b in (p, q)])
q.__dict__.pop("y")
try:
    print(q.far(p))
except AttributeError as e:
    print("AttributeError:", e)
