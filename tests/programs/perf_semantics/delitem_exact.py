# `del d[k]` and `del l[i]` on exact dicts and lists skip the __delitem__
# lookup; errors keep CPython's messages, and subclasses keep their
# overrides.
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
try:
    del d[0]
except KeyError as e:
    print("KeyError", e)
try:
    del d[[1]]
except TypeError as e:
    print("TypeError:", e)

l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
for bad in (10, -10):
    try:
        del l[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    del l["x"]
except TypeError as e:
    print("TypeError:", e)


class LoggingDict(dict):
    def __delitem__(self, k):
        print("deleting", k)
        super().__delitem__(k)


class LoggingList(list):
    def __delitem__(self, i):
        print("deleting index", i)
        super().__delitem__(i)


ld = LoggingDict(a=1, b=2)
del ld["a"]
print(ld)
ll = LoggingList([1, 2, 3])
del ll[1]
print(ll)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 2

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n


kd = {Key(1): "a", Key(3): "b"}
del kd[Key(3)]
print(len(kd))
