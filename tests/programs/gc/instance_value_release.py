# Freeing a plain instance releases its attribute values in key order; the
# exact floats among them go straight back to the float free list. These
# check that only exact floats whose last reference it was take that path.
import gc
import sys

log = []


class F(float):
    def __del__(self):
        log.append(("F.__del__", float(self)))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(("Noisy.__del__", self.name))


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


# Floats of the exact type, all freed with the instance; their memory is
# reused by the next floats.
total = 0.0
for i in range(50_000):
    v = Vec(i * 0.5, i + 0.25, -i / 3)
    total += v.x + v.y + v.z
print("sum", total)

# A float still referenced elsewhere survives the instance.
keep = 1.0 + sys.float_info.epsilon
v = Vec(keep, 2.5e300, float("nan"))
del v
junk = [Vec(i * 0.5, i * 0.25, i * 0.125) for i in range(100)]
del junk
print("kept", keep, keep == 1.0 + sys.float_info.epsilon)

# A float subclass is no exact float: its finalizer runs, in key order
# among the other values.
v = Vec(F(1.5), Noisy("y"), F(-0.0))
del v
print(log)
log.clear()

# Tagged ints, big ints, strs (non-ASCII too) and None next to floats.
v = Vec(7, 2**100 + 0.5, "héllo wörld " * 3)
v.w = None
v.f = 3.25
del v
print("mixed ok")

# A value whose finalizer allocates many floats and instances while the
# dead instance's remaining values are still being released.
made = []


class Allocates:
    def __del__(self):
        for i in range(1000):
            made.append(Vec(i + 0.5, float(i), i * 2.0))
        log.append(("Allocates.__del__", len(made)))


v = Vec(0.5, Allocates(), 1.5)
v.a = 2.5
v.b = Noisy("after")
del v
print(log, sum(p.x + p.y + p.z for p in made))
log.clear()
made.clear()

# Nested: the last reference to an instance of floats is another's value.
outer = Vec(Vec(1.0, 2.0, 3.0), Vec(4.0, Vec(5.0, 6.0, 7.0), 8.0), 9.0)
del outer
print("nested ok")

# A finalizer that resurrects the instance holding floats: its values
# must stay intact.
saved = []


class Phoenix:
    def __init__(self):
        self.a = 1.25
        self.b = 2.5
        self.c = F(3.75)

    def __del__(self):
        saved.append(self)


p = Phoenix()
del p
for i in range(1000):
    junk = Vec(i * 1.5, i * 2.5, i * 3.5)
print(saved[0].a, saved[0].b, float(saved[0].c), log)
saved.clear()
print(log)
log.clear()

# Cycles of instances holding floats, collected by the collector.
gc.disable()
for i in range(2000):
    a = Vec(i + 0.5, None, -0.5)
    b = Vec(a, i * 1.0, a)
    a.y = b
del a, b
print("collected", gc.collect() >= 4000)
gc.enable()
print("done")
