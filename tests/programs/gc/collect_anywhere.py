# gc.collect() may run wherever Python code runs: inside special methods
# called by dict, list and set operations, key functions, iteration,
# generators, __del__, __init__, descriptors and finalizers. The objects in
# use there must survive, garbage must still be freed, and nothing crashes.
import gc

gc.disable()
found = []


def churn():
    # Make a little cyclic garbage, then collect.
    x = [None]
    x[0] = x
    del x
    found.append(gc.collect())


class Key:
    def __init__(self, k):
        self.k = k
        self.me = self

    def __hash__(self):
        churn()
        return hash(self.k)

    def __eq__(self, other):
        churn()
        return isinstance(other, Key) and self.k == other.k

    def __lt__(self, other):
        churn()
        return self.k < other.k

    def __repr__(self):
        return f"Key({self.k})"


d = {Key(i): [i] for i in range(5)}
d[Key(2)].append("again")
print(sorted(d.items(), key=lambda kv: kv[0].k))
s = {Key(3), Key(1), Key(3)}
print(sorted(s), Key(1) in s)
keys = [Key(k) for k in (5, 3, 9, 1)]
keys.sort()
print(keys)
print(sorted(range(6), key=lambda v: (churn(), -v)[1]))
print(max(keys), min(keys))


def numbers(n):
    holder = {"self": None}
    for i in range(n):
        holder["self"] = holder
        churn()
        yield i


print(list(numbers(4)), sum(numbers(5)))
print([v for v in numbers(3) if (churn(), v)[1] != 1])


class Node:
    def __init__(self, value):
        churn()
        self.value = value
        self.loop = [self]

    @property
    def doubled(self):
        churn()
        return self.value * 2

    def __del__(self):
        churn()


nodes = [Node(i) for i in range(4)]
print([n.doubled for n in nodes])
del nodes
churn()
lst = [Node(i) for i in range(3)]
for n in lst:
    churn()
    n.loop.append(lst)
print([n.value for n in lst])
del lst, n
churn()


class Weird:
    def __getattr__(self, name):
        churn()
        return name.upper()


w = Weird()
w.cycle = w
print(w.anything, w.other)
it = iter([Node(7), Node(8)])
churn()
print(next(it).value, next(it).value)
del it
churn()
print("collections found garbage:", sum(found) > 0)
