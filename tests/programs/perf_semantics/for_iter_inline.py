# FOR_ITER steps range and list iterators inline: the edges of that path.
import operator

# Ranges around the tagged-int limit (2**62) and with odd steps.
big = 2**62
print([x - big for x in range(big - 3, big + 3)])
print(list(range(-big - 2, -big + 2)))
print([x for x in range(10, -10, -3)], [x for x in range(5, 5)])
print(sum(range(0, 10**6, 7)))
r = iter(range(3))
for x in r:
    print("first", x)
for x in r:
    print("never", x)
print(operator.length_hint(r), list(r))
r = iter(range(big - 1, big + 2))
print(next(r) - big, [v - big for v in r], operator.length_hint(r))
r = iter(range(5))
for x in r:
    if x == 1:
        print("skip", next(r))
    print("got", x)

# Lists that change while iterated.
xs = [1, 2, 3]
for x in xs:
    if x < 6:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    ys.remove(y)
print(ys)
zs = [1, 2, 3]
out = []
for z in zs:
    out.append(z)
    zs.clear()
print(out, zs)

# An exhausted list iterator stays exhausted even if the list grows.
ws = [1]
it = iter(ws)
print(list(it))
ws.append(2)
print(list(it), operator.length_hint(it))
for w in it:
    print("never", w)

# The same iterator in nested loops.
it = iter([1, 2, 3, 4])
for a in it:
    for b in it:
        print("pair", a, b)
        break

# List subclasses and objects that are not plain lists.
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return super().__iter__()


print([v * 2 for v in L([1, 2])])


class M(list):
    pass


print([v for v in M("abc")])
print([v for v in (1, 2)], [c for c in "hé"], [k for k in {"a": 1}])


def gen():
    yield from range(3)


print([g for g in gen()])

# Items keep their own references (the list may drop them).
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


items = [Noisy(1), Noisy(2)]
for item in items:
    items.clear()
    print("item", item.n)
del item
print("end")
