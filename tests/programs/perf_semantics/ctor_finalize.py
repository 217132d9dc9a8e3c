# Construction and destruction fast paths: finalizers run once, resurrection,
# the finalized mark forgotten when the memory is reused, __init__ results,
# __new__ overrides and __init__ replaced after instances were made.
import gc

saved = []
log = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(("del", self.n))
        if self.n % 2 == 0:
            saved.append(self)  # resurrect


class Plain:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


for i in range(6):
    Phoenix(i)
print(log)
print([p.n for p in saved])
# Resurrected objects are not finalized again.
log.clear()
saved.clear()
gc.collect()
print(log)

# Many plain instances freed after some object was marked finalized: the
# reused memory must not count as finalized.
for i in range(1000):
    Plain(i, float(i), str(i))
log.clear()
for i in range(10, 14):
    Phoenix(i)
print(log, len(saved))
saved.clear()
print(log)

total = 0.0
for i in range(20000):
    v = Plain(i * 1.0, 2.0, 3.0)
    total += v.a + v.b + v.c
print(total)


class Bad:
    def __init__(self, x):
        self.x = x
        return x


try:
    Bad(3)
except TypeError as e:
    print("TypeError:", e)
print(Bad(None).x)


class WithNew:
    def __new__(cls, x):
        log.append(("new", x))
        if x < 0:
            return 42
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


log.clear()
print(WithNew(5).x, WithNew(-1), log)


class Swap:
    def __init__(self, v):
        self.v = v


s1 = Swap(1)


def other_init(self, v):
    self.v = v * 100


Swap.__init__ = other_init
print(s1.v, Swap(2).v)
del Swap.__init__
try:
    Swap(3)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        log.append(("meta", args))
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


log.clear()
print(M(7).a, log)


class Cyc:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("cycle del")


Cyc()
gc.collect()
print("done")
