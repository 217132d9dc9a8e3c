# Cycles are collected automatically while the program allocates: without
# that, this loop would keep every pair alive.
import gc

freed = 0


class Pair:
    __slots__ = ("other", "payload")

    def __init__(self, payload):
        self.payload = payload


class Counted:
    def __del__(self):
        global freed
        freed += 1


N = 200_000
for i in range(N):
    a = Pair([i] * 4)
    b = Pair({"i": i})
    a.other, b.other = b, a
    if i % 10 == 0:
        c = Counted()
        c.me = c
del a, b, c
print("finalized during the loop:", freed > N // 20)
gc.collect()
print("all finalized:", freed == N // 10)

# Disabled: nothing is collected until gc.collect().
gc.disable()
freed = 0
for i in range(20_000):
    c = Counted()
    c.me = c
del c
print("while disabled:", freed)
gc.collect()
print("after collect:", freed)
gc.enable()
