# Objects of built-in types (bound methods, iterators, ranges, slices,
# functions with attributes, cells, dicts and lists) are freed without a
# finalizer check; whatever they hold must still be released, and
# generators must still be closed when they die suspended.

log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)

    def meth(self):
        return self.name


m = D("bound").meth
print(m())
del m
print(log)

it = iter([D("in list iterator")])
del it
print(log)

def f():
    pass


f.attr = D("function attribute")
del f
print(log)


def outer():
    held = D("closure cell")

    def inner():
        return held

    return inner


g = outer()
print(g().name)
del g
print(log)

sl = slice(D("slice start"), None)
del sl
print(log)


def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("generator closed")


x = gen()
next(x)
del x
print(log)


def gen2():
    holder = D("generator local")
    yield holder.name


y = gen2()
print(next(y))
del y
print(log)
log.clear()

# Long chains of built-in objects and instances are freed without running
# out of stack.
t = ()
for i in range(100000):
    t = (t, i)
del t
l = []
for i in range(100000):
    l = [l, D] if i % 2 else [l]
del l
chain = None
for i in range(100000):
    node = D(i)
    node.next = chain
    chain = node
node = None
del chain
print(len(log), log[:3], log[-1])
log.clear()

# Dict and list objects holding instances release them (free lists).
d = {"a": D("dict value"), "b": [D("list item 1"), D("list item 2")]}
del d
print(log)
log.clear()

# Map, zip, filter and enumerate iterators release what they hold.
z = zip([D("zip a")], [D("zip b")])
del z
e = enumerate([D("enumerate item")])
del e
mp = map(str, [D("map item")])
del mp
print(sorted(log))
