# Generations: a collection of generation 0 looks only at objects created
# since the last collection, and the survivors move one generation up; a
# collection of generation 1 also looks at those, gc.collect() at all.
# References from older objects into the collected generations keep their
# targets alive; a cycle through an older object waits for a collection of
# that object's generation.
import gc

gc.disable()  # only explicit collections: their counts are deterministic


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()

a = Node("a")
a.other = a
del a
print("young cycle, collect(0):", gc.collect(0))

b = Node("b")
b.other = b
gc.collect(0)  # b moves to generation 1
del b
print("generation-1 cycle, collect(0):", gc.collect(0))
print("generation-1 cycle, collect(1):", gc.collect(1))

c = Node("c")
c.other = c
gc.collect(1)  # c moves to generation 2
del c
print("old cycle, collect(0), collect(1):", gc.collect(0), gc.collect(1))
print("old cycle, collect(2):", gc.collect(2))

# An old object pointing into a young cycle keeps it alive; once it lets
# go, the cycle (now in generation 1) needs a collection of generation 1.
holder = Node("holder")
gc.collect()
y, z = Node("y"), Node("z")
y.other, z.other = z, y
holder.other = y
del y, z
print("young cycle held by an old object:", gc.collect(0))
holder.other = None
print("released, collect(0):", gc.collect(0))
print("released, collect(1):", gc.collect(1))

# A cycle through an old object and a young one.
old = Node("old")
gc.collect()
young = Node("young")
old.other, young.other = young, old
del old, young
print("cycle across generations, collect(0), collect(1):", gc.collect(0), gc.collect(1))
print("cycle across generations, collect():", gc.collect())

# An old cycle holding a young list: the list survives collections of the
# young generations.
keeper = Node("keeper")
keeper.other = keeper
gc.collect()
keeper.items = [keeper, [1, 2]]
del keeper
print("old cycle with young lists, collect(0):", gc.collect(0))
print("old cycle with young lists, collect():", gc.collect())

# Many young cycles, some held by an old list: only the free ones go.
anchor = []
gc.collect()
for i in range(10):
    n = Node(i)
    n.other = n
    if i % 2 == 0:
        anchor.append(n)
del n
print("ten young cycles, five anchored:", gc.collect(0))
anchor.clear()
print("anchors dropped, collect(0), collect(1):", gc.collect(0), gc.collect(1))

# The counts of collections: generation 1's grows with collections of
# generation 0, generation 2's with collections of generation 1.
gc.collect()
print(gc.get_count()[1:])
gc.collect(0)
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(generation=1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])
