# PEP 442: __del__ of objects in a garbage cycle runs once, before the cycle
# is broken; an object a finalizer resurrects survives (with everything it
# reaches) and its __del__ does not run again; exceptions in __del__ are
# reported and ignored.
import gc

gc.disable()  # only explicit collections: their counts are deterministic

log = []


class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(f"del {self.name} (partner {self.partner.name})")


a, b = Named("a"), Named("b")
a.partner, b.partner = b, a
del a, b
print(gc.collect())
print(sorted(log))
log.clear()

saved = []


class Phoenix:
    deaths = 0

    def __del__(self):
        Phoenix.deaths += 1
        saved.append(self)


p = Phoenix()
p.me = p
p.data = [1, 2, 3]
del p
print(gc.collect(), Phoenix.deaths, len(saved))
p = saved.pop()
print(p.me is p, p.data)
del p
print(gc.collect(), Phoenix.deaths, len(saved))


class Broken:
    def __del__(self):
        print("Broken.__del__ runs")
        raise ValueError("ignored")


x = Broken()
x.cycle = [x]
del x
print(gc.collect())
print("after")


# Finalizer objects hanging off a cycle (not part of it) run too.
class Leaf:
    def __del__(self):
        print("leaf finalized")


holder = {}
holder["self"] = holder
holder["leaf"] = Leaf()
del holder
print(gc.collect())
