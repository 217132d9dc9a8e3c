# gc.collect() finds reference cycles and returns how many objects were
# unreachable, counting instances, lists, dicts, tuples, cells and functions
# (an instance's attribute dict is part of the instance).
import gc

gc.disable()  # only explicit collections: their counts are deterministic


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


class Empty:
    pass


gc.collect()

a = Empty()
a.me = a
del a
print("instance referring to itself:", gc.collect())

a, b = Empty(), Empty()
a.other, b.other = b, a
del a, b
print("two instances:", gc.collect())

l = []
l.append(l)
del l
print("list containing itself:", gc.collect())

d = {}
d["self"] = d
del d
print("dict containing itself:", gc.collect())

a = Empty()
a.items = [a, 1.5, "text", 10**30]
del a
print("instance and list:", gc.collect())

a = Empty()
a.pair = (a, 5)
del a
print("instance and tuple:", gc.collect())


def make_recursive():
    def again(n):
        return again(n - 1) if n else 0
    return again


f = make_recursive()
print(f(3))
del f
print("recursive closure:", gc.collect())

root = Node("root")
for i in range(3):
    child = Node(f"child{i}")
    child.parent = root
    root.children.append(child)
del root, child
print("tree with parent links:", gc.collect())

s = Empty()
s.members = {1, 2, 3}
s.again = [{"back": s}]
del s
print("nested containers:", gc.collect())

# Nothing left: a second collection finds nothing.
print("again:", gc.collect())

# Reachable cycles survive.
keep = Empty()
keep.me = keep
keep.data = [keep, {"k": keep}]
print("reachable:", gc.collect(), keep.me is keep, keep.data[1]["k"] is keep)
