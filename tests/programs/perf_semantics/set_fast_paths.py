# The fast paths of set.add / discard / remove / `in`, {…} displays and
# list.pop() must keep CPython's semantics for keys that run Python code,
# unhashable keys, subclasses and errors.


class Key:
    calls = 0

    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        Key.calls += 1
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


s = set()
for i in range(6):
    s.add(Key(i, 7))  # one hash: every add compares with __eq__
s.add(Key(3, 7))
print(len(s), sorted(k.v for k in s), Key.calls > 0)
s.discard(Key(2, 7))
s.add(Key(9, 7))
print(len(s), [k.v for k in s])
print(Key(9, 7) in s, Key(2, 7) in s, 7 in s)

# a key whose hash is an int that collides with small ints in the table
s = {7, 39, 71}
s.add(Key(100, 7))
s.discard(39)
s.add(Key(101, 39))
print([k if isinstance(k, int) else k.v for k in s])


# __eq__ that mutates the set while an add probes it
class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.target.clear()
        return False


s = {5}
s.add(Mutator(s))
print(len(s))
s = {Mutator(None)}
t = set(range(10))
m = Mutator(t)
t.add(m)
t.add(Mutator(t))
print(len(t))


class Bad:
    def __hash__(self):
        raise ValueError("no hash")


for op in ("add", "discard", "remove"):
    try:
        getattr(set(), op)(Bad())
    except ValueError as e:
        print(op, "ValueError", e)
    try:
        getattr({1}, op)([1, 2])
    except TypeError as e:
        print(op, "TypeError", e)
try:
    [1] in {1}
except TypeError as e:
    print("in TypeError", e)
try:
    {1, [2]}
except TypeError as e:
    print("display TypeError", e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("KeyError", e)

# a set key is looked up as a frozenset
s = {frozenset({1, 2}), 3}
print({1, 2} in s, {2, 1} in s, {1} in s)
s.discard({1, 2})
print(s)
try:
    s.add({4})
except TypeError as e:
    print("TypeError", e)

# -1 hashes like -2; big ints, floats and bools mix with small ints
s = set()
for k in (-1, -2, 2**61 - 2, 2**61 - 1, 2**64, 1.5, True, 0, False, 0.0, -0.0):
    s.add(k)
print(s, len(s))
print(-1 in s, -2 in s, 2**61 - 1 in s, 0 in s, 2**64 in s, 1 in s)


# set subclasses keep the generic path
class MySet(set):
    def add(self, k):
        super().add(("sub", k))

    def __contains__(self, k):
        return k == "always" or super().__contains__(k)


ms = MySet()
ms.add(1)
ms.discard(("sub", 1))
ms.add(2)
print(ms, "always" in ms, ("sub", 2) in ms, 2 in ms)

# list.pop fast path: empty lists, indexes, subclasses
todo = [1, 2, 3]
print(todo.pop(), todo.pop(0), todo.pop(-1), todo)
for args in ((), (0,), (5,), (-3,)):
    try:
        [].pop(*args)
    except IndexError as e:
        print("IndexError", args, e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop("x")
except TypeError as e:
    print("TypeError", e)


class Stack(list):
    def pop(self, *a):
        return ("popped", super().pop(*a))


st = Stack([1, 2])
print(st.pop(), st.pop(), st)
pop = [4, 5].pop
print(pop(), pop())
work = [0]
seen = set()
while work:
    q = work.pop()
    for n in ((q * 3 + 1) % 17, (q * 5 + 2) % 17):
        if n not in seen:
            seen.add(n)
            work.append(n)
print(sorted(seen), list(seen))
