# PEP 442 across generations: the finalizer of an old object in a garbage
# cycle resurrects a young one (and with it the cycle); a young object's
# finalizer resurrects an old one; finalizers run once however many
# collections of the young generations see the objects first.
import gc

gc.disable()  # only explicit collections: their counts are deterministic

log = []
saved = []


class Old:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        log.append(f"del {self.name}")
        saved.append(self.partner)


class Young:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        log.append(f"del {self.name}")


gc.collect()
o = Old("old")
gc.collect()  # o is old now
y = Young("young")
o.partner, y.partner = y, o
del o, y
print("collect(0):", gc.collect(0), log)
print("collect(1):", gc.collect(1), log)
print("collect():", gc.collect(), sorted(log))
y = saved.pop()
print("resurrected:", y.name, y.partner.name)
y.partner.partner = None  # break the cycle: reference counting frees it
y.partner = None
print(sorted(log))
log.clear()
del y
print("after the break:", gc.collect(), log)


class Saver:
    def __init__(self, target):
        self.target = target
        self.me = self

    def __del__(self):
        log.append("del saver")
        saved.append(self.target)


target = Old("target")
target.partner = target
gc.collect()  # target is old
s = Saver(target)
del target, s
print("young saver of an old cycle, collect(0):", gc.collect(0), log)
print(saved[-1].name, saved[-1].partner is saved[-1])
log.clear()
saved.clear()
print("then collect():", gc.collect(), sorted(log), len(saved))
saved.clear()
print("finally:", gc.collect())

# Automatic collections with several generations: cycles that live a
# while (long enough to move up) are collected too.
gc.enable()
freed = 0


class Counted:
    def __del__(self):
        global freed
        freed += 1


batch = []
N = 60_000
for i in range(N):
    c = Counted()
    c.me = c
    c.payload = [i, str(i)]
    batch.append(c)
    if len(batch) == 3000:
        batch = []
del c
batch = []
print("most freed automatically:", freed > N // 2)
gc.collect()
print("all freed:", freed == N)
