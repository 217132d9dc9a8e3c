# `x in CONTAINER` and `CONTAINER[i]` where CONTAINER is a global or a closure
# cell read the container without a reference of their own while nothing but
# constants and locals are evaluated; anything that may run Python code
# (__eq__, __hash__, __getitem__, __contains__, __index__) must see the
# container kept alive even when that code rebinds the name.
import sys


class Noisy:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __contains__(self, x):
        rebind()
        print("contains", self.name, x)
        return x in self.items

    def __getitem__(self, i):
        rebind()
        print("getitem", self.name, i)
        return self.items[i]

    def __del__(self):
        print("del", self.name)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        rebind()
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


class Index:
    def __index__(self):
        rebind()
        return 1


TABLE = [10, 20, 30]
WORDS = {"a", "b", "c"}
BOX = Noisy("first box", [1, 2, 3])
generation = 0
armed = False


def rebind():
    # Rebinds the globals once per arming (Key() below hashes again).
    global BOX, TABLE, WORDS, generation, armed
    if not armed:
        return
    armed = False
    generation += 1
    BOX = Noisy("box %d" % generation, [4, 5, 6])
    TABLE = [n * generation for n in (7, 8, 9)]
    WORDS = {Key(1), Key(2)}


def arm():
    global armed
    armed = True


def globals_read():
    arm()
    print(2 in BOX)
    arm()
    print(5 in BOX)
    arm()
    print(BOX[0])
    print(BOX[2])
    k = Key(1)
    arm()
    print(k in WORDS, k in WORDS)
    i = Index()
    arm()
    print(TABLE[i], TABLE[1], TABLE[-1])
    print("w" in WORDS)


def counts():
    global TABLE, WORDS
    TABLE = [object(), object()]
    WORDS = set(range(10))
    before = sys.getrefcount(TABLE), sys.getrefcount(WORDS)
    hits = 0
    for i in range(200):
        hits += (i in WORDS) + (TABLE[i % 2] is TABLE[0])
    print("hits", hits, before == (sys.getrefcount(TABLE), sys.getrefcount(WORDS)))


def errors():
    global TABLE, WORDS
    TABLE = [1, 2]
    WORDS = {1, 2}
    for f in (lambda: TABLE[5], lambda: TABLE["x"], lambda: [] in WORDS,
              lambda: 1 in 5, lambda: MISSING[0], lambda: 1 in MISSING):
        try:
            f()
        except (IndexError, TypeError, NameError) as e:
            print(type(e).__name__, e)
    print(sys.getrefcount(TABLE), sys.getrefcount(WORDS))


def cells():
    seen = {1, 2, 3}
    rows = ["x", "y", "z"]

    def swap():
        nonlocal seen, rows
        seen = {Key(0)}
        rows = Noisy("cell rows", ["p", "q"])

    class Hashy:
        def __hash__(self):
            swap()
            return 0

        def __eq__(self, other):
            return False

    def probe(v, i):
        return v in seen, rows[i]

    print(probe(2, 0))
    print(probe(Hashy(), 1))
    print(probe(Key(0), 1))
    print(probe(4, 0))

    def unbound():
        return 1 in later

    try:
        unbound()
    except NameError as e:
        print("NameError", e)
    later = {1}
    print(unbound())
    rows = None
    print("rows released")


def shadowing_builtins():
    # a global that is first missing and then defined (the cache's miss path)
    global LATE
    out = []
    for i in range(3):
        try:
            out.append(i in LATE)
        except NameError:
            LATE = {1, 2}
    print(out)


globals_read()
counts()
errors()
cells()
shadowing_builtins()
del BOX
print("end")
