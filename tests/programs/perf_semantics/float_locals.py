# Float locals (tier 4): functions whose float arithmetic runs on locals get
# a body that keeps those locals in registers. Everything that is only
# checked there must behave as in CPython: a parameter or a stored value
# that is not an exact float leaves that body mid-call, objects keep their
# identity, exceptions are caught by the function's own handlers with the
# locals intact, and values that are created lazily are the values CPython
# computes.

import math


class Half(float):
    def __add__(self, other):
        return "Half.__add__"


class Weird:
    def __radd__(self, other):
        return "radd(%r)" % (other,)

    def __rmul__(self, other):
        return Weird()

    def __del__(self):
        print("del Weird")


def escape(cr, ci, limit):
    zr = zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def total(xs, start):
    s = 0.0
    for x in xs:
        s += x * start
    return s


def identity(a):
    x = a * 2.0
    y = x
    z = 1.5
    w = 1.5
    xs = [x]
    print(x is y, x is x, xs[0] is x, z is w, id(x) == id(y))
    x += 1.0
    print(x is y, x, y)
    return x


def mid_loop_deopt(n):
    s = 0.5
    t = 0.25
    for i in range(n):
        s = s * 2.0 + t
        if i == 2:
            s = i
        print(i, s, t)
    t = s
    return s, t, s is t


def radd_deopt():
    s = 1.0
    k = 3.0
    s += Weird()
    print("after radd:", s, k)
    s = k * Weird()
    print(type(s).__name__, k)
    s = 2.0
    print("s rebound", s)
    return s + k


def subclass_param(a, b):
    c = 0.0
    c = a + b
    return c


def divisions(a, b):
    q = 0.0
    try:
        q = a / b
        r = 10.0
        r = q % b
        print("q r", q, r)
    except ZeroDivisionError as e:
        print("caught:", e, q, a, b)
    fl = 7.5
    fl = fl // 2
    print("floordiv", fl, type(fl).__name__)
    return q


def mixed_ints(k):
    x = 0.5
    x = x + k
    x = x * 3
    x = x - 2 ** 70
    x = 1 / 4 + x
    return x


def overflow(k):
    x = 1.0
    try:
        x = x + 10 ** 400
    except OverflowError as e:
        print("OverflowError:", e, x)
    x = x * k
    return x


def specials():
    inf = 1e308
    inf = inf * 10.0
    nan = inf - inf
    neg = -0.0
    neg = neg * 1.0
    print(inf, nan, neg, nan == nan, nan != nan, inf > 1e308, neg == 0.0)
    print(math.copysign(1.0, neg), math.isnan(nan))


def unary(a):
    x = -a
    y = -x * 2.0
    return x, y


def keyword_only(*, scale, offset=1.0):
    v = 0.0
    for i in range(4):
        v = v * scale + offset
    return v


def with_closure(a):
    acc = 0.0
    acc = acc + a

    def inner():
        return acc * 2.0

    return inner()


def with_del(a):
    x = a + 1.0
    y = x * 2.0
    del x
    return y


def gen_floats(n):
    x = 0.0
    for _ in range(n):
        x = x + 0.5
        yield x


def recurse(x, depth):
    y = x * 0.5
    if depth == 0:
        return y
    return recurse(y + 1.0, depth - 1) + y


def objects_survive_deopt():
    a = 0.1
    b = a * 3.0
    c = b
    b = [b]
    print(b, c, b[0] is c, a)
    return a


def maybe_bound(flag):
    if flag:
        z = 1.0
    w = 2.0
    w = w * 2.0
    try:
        return z * w
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
        return w


def loop_print(n):
    x = 1.0
    for _ in range(n):
        x = x / 3.0
        print(x, repr(x), str(x * 3.0))


rows = []
for j in range(-6, 7):
    rows.append("".join(" .:-=+*#%@"[escape(-2.0 + i * 0.125, j * 0.2, 40) * 9 // 40]
                        for i in range(24)))
print("\n".join(r.rstrip() for r in rows))
print(escape(0, 0, 5), escape(1, 1, 10), escape(Half(0.25), 0.25, 10))
print(total([1.0, 2.0, 3.5], 2.0), total([1, 2, 3], 2), total([1.0, 2], 3.0))
print(total(["a", "b"], 2) if False else total([0.5], 1))
print(identity(1.25))
print(mid_loop_deopt(5))
print(radd_deopt())
print(subclass_param(1.0, 2.0), subclass_param(Half(1.0), 2.0), subclass_param(1, 2))
print(subclass_param(1.0, Half(2.0)), subclass_param("a", "b"))
print(divisions(7.0, 2.0), divisions(1.0, 0.0), divisions(3, 0))
print(mixed_ints(1), mixed_ints(2 ** 80), mixed_ints(True))
print(overflow(2.0))
specials()
print(unary(1.5), unary(3), unary(True))
print(keyword_only(scale=0.5), keyword_only(scale=2, offset=3))
print(with_closure(2.5), with_del(0.25))
print(list(gen_floats(3)))
print(recurse(1.0, 5), recurse(4, 3))
print(objects_survive_deopt())
print(maybe_bound(True), maybe_bound(False))
loop_print(3)
try:
    print(total([1.0, None], 1.0))
except TypeError as e:
    print("TypeError:", e)
try:
    subclass_param(1.0, [])
except TypeError as e:
    print("TypeError:", e)


def pair_step(b1, b2, dt):
    dx = b1[0] - b2[0]
    dy = b1[1] - b2[1]
    d2 = dx * dx + dy * dy
    mag = dt / (d2 * d2 ** 0.5)
    b1[2] -= dx * mag
    b2[2] += dy * mag
    return d2, mag


print(pair_step([1.0, 2.0, 0.0], [4.0, 6.0, 0.0], 0.5))
print(pair_step([1, 2, 0], [4, 6, 0], 1))
print(pair_step([1, 2.0, 0], [4.0, 6, 0], 2))
print(pair_step([1.0, 2.0, 0.0], [1.0, 2.0, 0.0], 0.5) if False else "skip")
try:
    pair_step([1.0, 2.0, 0.0], [1.0, 2.0, 0.0], 0.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pair_step(["a", 1.0], ["b", 2.0], 1.0) if False else "skip")
try:
    pair_step(["a", 1.0], ["b", 2.0], 1.0)
except TypeError as e:
    print("TypeError:", e)
print(pair_step([2j, 0.0, 0.0], [0.0, 0.0, 0.0], 1.0))
print(pair_step([-1.0, 0.0, 0.0], [0.0, 0.0, 0.0], -1.0))


class Keep:
    def __init__(self):
        self.seen = []

    def __radd__(self, other):
        self.seen.append(other)
        return 0.5

    def __eq__(self, other):
        self.seen.append(other)
        return False

    __hash__ = None


def reflected_identity(a, keep):
    x = a * 2.0
    y = x + keep
    z = x == keep
    w = 1.5 + keep
    return x, y, z, keep.seen[0] is x, keep.seen[1] is x, w


k = Keep()
print(reflected_identity(0.75, k), len(k.seen))


def newton(count):
    total = 0.0
    for i in range(1, count):
        a = float(i)
        x = a
        for _ in range(30):
            nx = 0.5 * (x + a / x)
            if abs(nx - x) < 1e-15 * nx:
                break
            x = nx
        total += x - math.sqrt(a)
    return total


print(newton(50))
_real_float = float


def float(v):
    return int(v) if v < 3 else _real_float(v)


print(newton(6))
del float


class FakeMath:
    @staticmethod
    def sqrt(v):
        return "sqrt(%r)" % (v,)


def fake_sqrt(m):
    r = m.sqrt(4.0)
    r = r + "!"
    return r


print(fake_sqrt(FakeMath))
try:
    fake_sqrt(math)
except TypeError as e:
    print("TypeError:", e)
