# Generators in reference cycles: a suspended generator whose frame refers
# back to its owner is closed (its finally block runs) and collected.
import gc

gc.disable()  # only explicit collections: their counts are deterministic


class Owner:
    def __init__(self, tag):
        self.tag = tag
        self.gen = self.produce()

    def produce(self):
        try:
            yield self.tag
            yield self.tag + 1
        finally:
            print("closing generator of", self.tag)


o = Owner(10)
print(next(o.gen))
del o
print("collect:", gc.collect() > 0)


def selfish():
    me = yield "started"
    try:
        yield me is not None
    finally:
        print("selfish closed")


g = selfish()
print(next(g))
print(g.send(g))
del g
print("collect:", gc.collect() > 0)

# A generator that was never started, in a cycle through its argument.
def echo(x):
    yield x


box = []
box.append(echo(box))
del box
print("unstarted:", gc.collect())

# A finished generator holds nothing.
f = Owner(20)
print(list(f.gen))
del f
print("finished:", gc.collect() > 0)
