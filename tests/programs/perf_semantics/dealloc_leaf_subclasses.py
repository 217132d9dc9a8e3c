# Freeing exact strs, tuples, ints and bytes takes a short path that skips
# the finalizer check: subclasses of those types must still run __del__,
# keep their __dict__ until freed, and may resurrect themselves.

log = []


class S(str):
    def __del__(self):
        log.append(("S", str(self), getattr(self, "tag", None)))


class T(tuple):
    def __del__(self):
        log.append(("T", tuple(self)))


class I(int):
    def __del__(self):
        log.append(("I", int(self)))


class B(bytes):
    def __del__(self):
        log.append(("B", bytes(self)))


def make_and_drop():
    s = S("h\u00e9llo")
    s.tag = "tagged"
    t = T((1, "two", 3.0))
    i = I(10**30)
    b = B(b"\x00\xff")
    del s, t, i, b


make_and_drop()
for entry in log:
    print(entry)
log.clear()

# Big ints (boxed) of the exact type and of a subclass, freed in a loop.
total = 0
for k in range(2000):
    big = 10**20 + k
    total += big % 1000
    sub = I(big)
print("total", total, len(log), log[-1])
del sub
print(log[-1])
log.clear()

# A subclass instance freed while a tuple of exact strs holding it dies.
t = ("a" * 5, S("inner"), ("nested", S("deeper")), b"raw")
del t
print(log)
log.clear()

# Resurrection from __del__ of a str subclass: the object survives once.
saved = []


class Phoenix(str):
    def __del__(self):
        log.append("del " + self)
        saved.append(self)


p = Phoenix("phoenix")
del p
print(log, saved, type(saved[0]).__name__)
saved.clear()
print(log)

# Exact objects holding objects with __del__: items of a tuple are released
# last to first, as in CPython.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


log.clear()
t = (D("first"), D("second"), (D("inner1"), D("inner2")), D("last"))
del t
print(log)
log.clear()

# A str subclass without __del__ still releases its __dict__ values.
class Plain(str):
    pass


ps = Plain("x")
ps.payload = D("held by a str subclass")
del ps
print(log)
log.clear()

# Ints and strs created and dropped in bulk keep their values right.
words = [str(i) * 3 for i in range(1000)]
joined = "".join(words)
del words
print(len(joined), joined[:12], joined[-9:])
nums = [i * 10**25 for i in range(1000)]
print(sum(nums) % 9973)
del nums
bs = [bytes([i % 256]) * 40 for i in range(1000)]
print(sum(len(x) for x in bs))
del bs
