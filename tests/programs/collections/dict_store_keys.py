# d[k] = v on exact dicts (stored without the generic protocol) and on
# subclasses, with keys equal across types, str subclasses whose __eq__
# runs, keys whose __eq__ mutates the dict, tuples, big ints, non-ASCII
# text and unhashable keys; get/setdefault/in on the same keys.

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[2**64] = "big"
d[-1] = "minus one"
d[-2] = "minus two"
d[2**61] = "2**61"
d[1 + 0j] = "complex"
print(d, len(d))
print(d.get(1), d.get(True), d.get(2**64), d.get(-2), d.get(3, "none"), 1.0 in d)

words = ["ka", "lo", "käse", "日本", "ka" + "lo", "kalo", "", "😀x"]
w = {}
firsts = {}
for i, s in enumerate(words):
    w[s] = w.get(s, 0) + i
    firsts.setdefault(s[:1], []).append(i)
print(w, firsts)


class Loud(str):
    def __eq__(self, other):
        print("  Loud.__eq__", repr(str(self)), repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


d = {"ab": 1, "cd": 2}
d[Loud("ab")] = 10
print(d, type(list(d)[0]).__name__)
d[Loud("xy")] = 3
print(d, [type(k).__name__ for k in d])
d["xy"] = 4
print(d, d.get(Loud("cd")), Loud("zz") in d)


class Mutator:
    def __init__(self, h, target):
        self.h = h
        self.target = target

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  Mutator.__eq__ grows the dict")
        for i in range(20):
            self.target[100 + i] = i
        return False

    def __repr__(self):
        return f"Mutator({self.h})"


m = {}
m[5] = "five"
m[Mutator(5, m)] = "mutator"
print(len(m), m[5], sorted(k for k in m if isinstance(k, int))[:3])

t = {}
for i in range(50):
    for j in range(i % 7, 40, 7):
        t[(i, j)] = i * j
print(len(t), t[(7, 7)], (7, 7) in t, (7, 8) in t, t.get((49, 39)))
t[(1.0, 0)] = "float pair"
print(t[(1, 0)], len(t))


class Store(dict):
    def __setitem__(self, k, v):
        print("  Store.__setitem__", k, v)
        super().__setitem__(k, v * 2)


s = Store()
s["a"] = 1
s[2] = 3
print(s, type(s).__name__)


class Plain(dict):
    pass


p = Plain()
p["x"] = 1
p[1] = 2
p[1.0] = 3
print(p, type(p).__name__)

try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError", e)
try:
    d[{}] = 3
except TypeError as e:
    print("TypeError", e)
e = {}
for i in range(1000):
    e[i * 7919 % 1009] = i
    if i % 3 == 0:
        del e[i * 7919 % 1009]
print(len(e), list(e)[:10], sum(e.values()))
