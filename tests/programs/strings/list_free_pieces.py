# Freeing a list of strs: exact strs with inline text are freed in a run,
# other items (str subclasses, heap text, objects with __del__) go through
# the full dealloc, and items are released from the last to the first.
import sys

order = []


class S(str):
    def __del__(self):
        order.append("S:" + str(self))


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # Allocates (and frees) many small strs in the middle of the
        # list's release.
        junk = ("x" + str(i) for i in range(50))
        order.append("D:" + self.name + ":" + str(len("".join(junk))))


def build(n):
    text = " ".join("w%d" % i for i in range(n))
    items = text.split()
    items.insert(3, S("sub3"))
    items.insert(0, D("first"))
    items.append(D("last"))
    items.insert(5, "long piece " * 20)
    items.insert(7, "é" + "ü" * 3)
    items.insert(9, S("sub9"))
    items.append("")
    items.append("z")
    return items


items = build(40)
kept = items[10]
before = sys.getrefcount(kept)
del items
print(order)
print(kept, before - sys.getrefcount(kept))

# Pieces shared with another list survive the first list's release.
order.clear()
a = "a b c dd ee ff ggg hhh".split()
b = list(a)
del a
print(b, [sys.getrefcount(x) > 1 for x in b][:3])

# A list freed while another list's release is under way (a __del__ that
# drops the last reference to a list of pieces).
holder = []


class Dropper:
    def __del__(self):
        order.append("dropper")
        holder.clear()
        order.append("cleared")


holder.append(("p q r s t u v " * 30).split())
holder.append(S("inner"))
outer = ["x1", "y2", Dropper(), "z3", S("outer")]
del outer
print(order)

# Non-ASCII pieces, empty pieces and one-character pieces.
for s in ["a,,b,ç,ü,", ",,,", "ab,cd,ef" * 10]:
    parts = s.split(",")
    print(len(parts), parts[:6])
    del parts

for r in range(3):
    words = ("the quick brown fox " * (r + 5)).split()
    print(len(words), words[-1], sys.getrefcount(words[0]))
    del words
print("done")
