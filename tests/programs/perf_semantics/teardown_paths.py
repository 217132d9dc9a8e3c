# Object teardown: floats, tuples, lists, dicts and instances are released
# directly; __del__ still runs (once), may resurrect, and errors in it are
# reported without stopping the program.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def scope():
    a = Noisy("local")
    t = (Noisy("in tuple"), 1.5, "s")
    l = [Noisy("in list"), [Noisy("nested list")]]
    d = {"k": Noisy("in dict")}
    print("leaving scope")


scope()
print("after scope")

pair = (Noisy("first"), Noisy("second"))
pair = None
print("after pair")

items = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
items = None
print("after list")
nested = ([Noisy("a")], {"b": Noisy("b")}, Noisy("c"))
del nested
print("after nested")

holder = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        holder.append(self)


p = Phoenix()
del p
print("resurrected", len(holder), type(holder[0]).__name__)
holder.clear()
print("cleared again")


class Bad:
    def __del__(self):
        raise ValueError("boom in del")


b = Bad()
del b
print("survived bad del")


class Owner:
    def __init__(self, child):
        self.child = child

    def __del__(self):
        print("owner del, child still", self.child.name)


o = Owner(Noisy("child"))
del o
print("after owner")


class F(float):
    def __del__(self):
        print("float subclass del", float(self))


x = F(2.5) + 0.0
y = F(3.5)
del y
print("x", x)

# Deep nesting is released without exhausting the native stack.
t = None
for i in range(200000):
    t = (t, i)
t = None
n = []
for i in range(200000):
    n = [n, i]
n = None
print("deep done")

# Many short-lived floats, tuples and instances.
class Plain:
    pass


acc = 0.0
for i in range(10000):
    acc += (i * 0.5, i)[0]
    Plain().x = i
print(acc)
