# Inline list/tuple indexing must match the generic protocol exactly.
xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], t[1], t[-2], xs[True], t[False])
for bad in (3, -4, 2**70):
    for seq in (xs, t):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad, "IndexError:", e)
try:
    xs[1.0]
except TypeError as e:
    print("TypeError:", e)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)


class T(tuple):
    def __getitem__(self, i):
        return ("T", i)


l = L([1, 2])
l[0] = 5
print(l[0], T((1,))[0], list.__getitem__(l, 0))

xs[1] = "twenty"
xs[-1] = [xs[0]]
print(xs)
for bad in (3, -4):
    try:
        xs[bad] = 0
    except IndexError as e:
        print("store", bad, "IndexError:", e)


class Noisy:
    def __init__(self, name, target):
        self.name, self.target = name, target

    def __del__(self):
        print("del", self.name, "sees", len(self.target), self.target[0] if self.target else None)


ys = []
ys.append(Noisy("a", ys))
ys.append(1)
ys[0] = "replaced"
print(ys)
ys[0] = Noisy("b", ys)
ys[0] = 7
print(ys)
d = {0: "zero", -1: "minus one"}
print(d[0], d[-1], "abc"[1], "abc"[-1], b"xy"[0], range(10)[-2])
total = 0
grid = [[i * 3 + j for j in range(3)] for i in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] = grid[j][i] * 2
        total += grid[i][j]
print(grid, total)
