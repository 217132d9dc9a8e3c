import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1], copy.copy(5), copy.deepcopy("s"))
t = (1, [2])
print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, 2)) is not None)
shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc is not loop)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["p"]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("moved")
print(p, p2, p3, p2.tags is p.tags, p3.tags is p.tags)


class Resource:
    def __init__(self, name):
        self.name = name

    def __copy__(self):
        print("__copy__ called")
        return Resource(self.name + "-copy")

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Resource(self.name + "-deep")


r = Resource("db")
print(copy.copy(r).name, copy.deepcopy([r])[0].name)
d = {"a": {1, 2}, "b": frozenset([3]), "c": bytearray(b"xy")}
dd = copy.deepcopy(d)
print(dd, dd["a"] is d["a"], dd["c"] is d["c"])
print(copy.copy({1: 2}), copy.copy({3}), copy.copy(bytearray(b"z")))
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)
