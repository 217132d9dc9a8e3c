# xs.append(v) on an exact list calls the runtime's append directly; other
# receivers and rebound names take the generic call with the same results.


class L(list):
    def append(self, v):
        super().append(("wrapped", v))


class M(list):
    pass


def fill(xs, n):
    for i in range(n):
        xs.append(i)
    return xs


print(fill([], 3), fill(L(), 2), fill(M(), 2), type(fill(M(), 1)).__name__)
xs = []
r = xs.append(xs)
print(r, len(xs), xs[0] is xs)
try:
    xs.append()
except TypeError as e:
    print("TypeError:", e)
try:
    xs.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(5, 6)
except TypeError as e:
    print("TypeError:", e)
app = [].append
app(1)
list.append(xs, "via type")
print(xs[-1], len(xs))


class HasAppend:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v * 2)


h = HasAppend()
fill(h, 3)
print(h.items)
ys = [1]
ys.append = None if False else ys.append
