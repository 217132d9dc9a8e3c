# s.add(k) / s.discard(k) / s.remove(k) of a small int hash the key and
# test its home slot inline (one runtime call); everything else takes the
# general probe. Freeing a set releases its keys in table order and stops
# after the last one. CPython 3.11 is the reference for every line here.


class Noisy:
    """Reports its release (CPython releases a set's keys in table order)."""

    def __init__(self, tag, h):
        self.tag, self.h = tag, h

    def __hash__(self):
        return self.h

    def __del__(self):
        print("del", self.tag)

    def __repr__(self):
        return f"N{self.tag}"


def release_order():
    s = set()
    for tag, h in [("a", 5), ("b", 1), ("c", 13), ("d", 2), ("e", 7)]:
        s.add(Noisy(tag, h))
    s.discard(next(k for k in s if k.tag == "d"))
    print("before free", sorted(k.tag for k in s))
    s = None
    print("after free")
    t = {Noisy("x", 3)}
    for i in range(40):
        t.add(i)
    for i in range(0, 40, 3):
        t.discard(i)
    del t
    print("big freed")


release_order()

# Equal keys of other types sit in a small int's home slot.
s = {True}
s.add(1)
print(s, type(next(iter(s))).__name__)
s.discard(1)
print("discard 1 from {True}:", s)
s = {1.0, 2**70}
s.add(1)
print(s)
s.discard(1)
print(s)
s.add(2**70)
print(len(s), 2**70 in s)

# -1 and -2 share hash -2; 2**61 - 1 hashes to 0 like 0.
s = set()
for k in (-1, -2, 2**61 - 1, 0, -(2**61 - 1)):
    s.add(k)
print(sorted(s))
s.discard(-1)
print(sorted(s), -1 in s, -2 in s)
s.remove(-2)
s.discard(0)
print(sorted(s))


class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__", int(self), other)
        return int(self) == other

    __hash__ = int.__hash__


s = {MyInt(5)}
s.add(5)
print("after add 5:", len(s))
s.discard(5)
print("after discard 5:", len(s))
s.add(13)
s.add(MyInt(21))
s.add(21)
print(sorted(s))

# Errors keep CPython's messages.
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", repr(e))
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
try:
    s.discard({1: 2})
except TypeError as e:
    print("TypeError", e)
s.add(frozenset({1}))
s.discard({1})
print(s)
s.add(frozenset({4}))
s.remove({4})
print(s)


class LoggingSet(set):
    def add(self, k):
        print("LoggingSet.add", k)
        super().add(k)

    def discard(self, k):
        print("LoggingSet.discard", k)
        super().discard(k)


ls = LoggingSet()
ls.add(3)
ls.discard(3)
ls.add(4)
print(ls, type(ls).__name__)

# Churn: add/remove of the same small ints keeps CPython's slot order.
s = set()
order = []
for step in range(300):
    k = (step * 7) % 23 - 5
    if k in s:
        s.remove(k)
    else:
        s.add(k)
    if step % 37 == 0:
        order.append(list(s))
print(order)
print(list(s), len(s))
