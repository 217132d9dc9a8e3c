# Freed dicts are kept for reuse (a free list, as in CPython): a reused
# dict must look brand new, and freeing one releases its items in order,
# even when their finalizers create and free more dicts.


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        # Makes and drops dicts while a dict is being released.
        scratch = {"k%d" % i: i for i in range(3)}
        inner = Plain()
        inner.a = scratch
        print("del", self.tag, len(scratch))


class Plain:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


for round_ in range(3):
    ps = [Point(i, i * i) for i in range(200)]
    del ps
    fresh = Plain()
    print(round_, vars(fresh), len(vars(fresh)), "x" in vars(fresh))
    fresh.b = 1
    fresh.a = 2
    print(vars(fresh), list(vars(fresh)))

# A dict still referenced outlives its instance.
p = Point(1, 2)
d = p.__dict__
del p
q = Point(3, 4)
print(d, vars(q), d is vars(q))

# Items are released in insertion order; finalizers may make dicts.
holder = Plain()
holder.first = Noisy("first")
holder.second = Noisy("second")
holder.third = Noisy("third")
del holder
print("holder gone")

box = {"a": Noisy("a"), "b": Noisy("b")}
del box
print("box gone")

# Dicts of every size, emptied, deleted and rebuilt.
sizes = []
for n in range(12):
    o = Plain()
    for i in range(n):
        setattr(o, "f%d" % i, i)
    for i in range(0, n, 2):
        delattr(o, "f%d" % i)
    sizes.append(sorted(vars(o)))
    del o
print(sizes[-1], [len(s) for s in sizes])
o = Plain()
print(vars(o), hasattr(o, "f1"))
o.f1 = "new"
print(vars(o))

# Methods are not shadowed by a reused dict's old keys.
class M:
    def m(self):
        return "method"


for _ in range(50):
    t = Plain()
    t.m = "attribute"
    del t
print(M().m())
