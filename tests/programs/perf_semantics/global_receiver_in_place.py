# A global whose built-in method is called at once (`D.get(k)`, `S.add(x)`)
# is read in place, without a reference of its own, on the inline paths.
# Every path that may run Python code must hold a reference first: the
# global may be rebound or deleted from inside the call.
import sys
import types


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "é": "e-acute"}


def escapes(s):
    out = []
    for ch in s:
        e = ESC.get(ch)
        out.append(ch if e is None else e)
        out.append(ESC.get(ch, "-"))
    return "".join(out)


before = sys.getrefcount(ESC)
for _ in range(50):
    r = escapes('a"b\\c\néd' + "x" * 20)
print(r)
print("ESC refs stable:", sys.getrefcount(ESC) == before)

# Keys that are not exact strs go to the runtime's lookup.
ESC[7] = "seven"
ESC[2**70] = "big"


class StrSub(str):
    pass


def lookups():
    return [ESC.get(7), ESC.get(2**70), ESC.get(StrSub("\n")), ESC.get(3.5, "none"),
            ESC.get(True), ESC.setdefault("new", "made"), ESC.setdefault("new", "again")]


before = sys.getrefcount(ESC)
for _ in range(20):
    r = lookups()
print(r)
print("ESC refs stable:", sys.getrefcount(ESC) == before)


def unhashable():
    try:
        return ESC.get([])
    except TypeError as e:
        return "TypeError: " + str(e)


before = sys.getrefcount(ESC)
for _ in range(5):
    r = unhashable()
print(r)
print("ESC refs stable:", sys.getrefcount(ESC) == before)


# A key whose __eq__ rebinds the global: the dict stays alive for the call
# and dies when the call ends.
class Rebinder:
    def __init__(self, h, how):
        self.h = h
        self.how = how

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        global D
        print("eq called, global", self.how)
        if self.how == "rebind":
            D = {"fresh": 1}
        else:
            del D
        return True


def probe(key):
    r = D.get(key, "default")
    print("get returned", r)
    return r


D = {5: "five", 99: Noisy("value of first D")}
probe(Rebinder(5, "rebind"))
print("after first probe:", D)
D = {6: "six", 99: Noisy("value of second D")}
probe(Rebinder(6, "delete"))
print("D deleted:", "D" not in globals())
try:
    probe("x")
except NameError as e:
    print("NameError:", e)


# set.add / remove / discard with a __hash__ that rebinds the global set.
class HashRebinder:
    def __hash__(self):
        global S
        print("hash called, rebinding S")
        S = set()
        return 1


def add_to_s(x):
    S.add(x)
    print("added; S now has", len(S))


S = {Noisy("member of first S")}
add_to_s(HashRebinder())
S = {1, 2, 3}


def remove_from_s(x):
    try:
        S.remove(x)
    except KeyError as e:
        print("KeyError", repr(e))
    S.discard(x)
    S.add(x)


before = sys.getrefcount(S)
for i in range(10):
    remove_from_s(i)
print(sorted(S), "S refs stable:", sys.getrefcount(S) == before)

# list.append / pop on a global list, through the full-list runtime path.
L = []


def grow(n):
    for i in range(n):
        L.append(i)
    while len(L) > n // 2:
        L.pop()
    return L.pop(0)


before = sys.getrefcount(L)
print(grow(100), len(L), "L refs stable:", sys.getrefcount(L) == before)


# A dict subclass global, a namespace whose `get` is an attribute (NULL
# method slot), and a Python class with methods of those names.
class CountingDict(dict):
    def get(self, key, default=None):
        print("CountingDict.get", key)
        return dict.get(self, key, default)


class Plain:
    def add(self, x):
        print("Plain.add", x)
        Plain.add = Plain.add2
        return x

    def add2(self, x):
        print("Plain.add2", x)
        return -x

    def get(self, k, d=None):
        return (k, d)


NS = types.SimpleNamespace(get=lambda k, d=None: ("ns", k, d), add=lambda x: x * 2)
P = Plain()


def mixed():
    return [NS.get("k"), NS.get("k", 1), NS.add(21), P.add(1), P.add(2), P.get("q")]


for G in (CountingDict(a=1), NS):
    pass
for i in range(2):
    print(mixed())
G = CountingDict(a=1)


def via_g():
    return G.get("a"), G.get("b", 0)


before = sys.getrefcount(G)
print(via_g(), via_g())
print("G refs stable:", sys.getrefcount(G) == before)
G = {"a": "exact"}
print(via_g())
G = NS
print(via_g())


# A global rebound between calls: the cache misses, and the runtime's word
# is owned.
def rebinding():
    global R
    out = []
    for i in range(6):
        R = {"k": i} if i % 2 else {"k": str(i)}
        out.append(R.get("k"))
    return out


print(rebinding())
R = None


# A global whose dict dies at the end of the call that replaces it.
class Replacer:
    def __hash__(self):
        return hash("k")

    def __eq__(self, other):
        global T
        T = {}
        return other == "k"


T = {"k": "kay", "other": Noisy("T's other value")}
print("T.get ->", T.get(Replacer()))
print("done")
