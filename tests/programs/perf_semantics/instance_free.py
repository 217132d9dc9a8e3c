# Freeing plain instances: values released in attribute order (floats,
# ints, nested instances with __del__), dict-mode instances, the class
# freed after its last instance, __del__ added to a class later,
# resurrection, float subclasses as values, __slots__ classes.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def values_in_key_order():
    v = Vec(Noisy("x"), Noisy("y"), Noisy("z"))
    del v
    print("after vec")
    w = Vec(1.5, Noisy("mid"), 2.5)
    w.extra = Noisy("extra")
    del w
    print("after w")


values_in_key_order()


class FloatSub(float):
    def __del__(self):
        print("del FloatSub", float(self))


def float_values():
    total = 0.0
    for i in range(1000):
        v = Vec(i * 0.5, i + 0.25, -1.0 * i)
        total += v.x + v.y + v.z
    print("total", total)
    v = Vec(FloatSub(3.5), 1e300 * 10, 2**70)
    print(v.x, v.y, v.z)
    del v
    print("after float values")


float_values()


class Many:
    def __init__(self, n, tag):
        for i in range(n):
            setattr(self, "a%d" % i, Noisy("%s%d" % (tag, i)) if i % 7 == 0 else i)


def dict_mode():
    m = Many(20, "m")
    print(len(m.__dict__))
    del m
    print("after many")
    m = Many(3, "d")
    d = m.__dict__
    del m
    print("dict kept", sorted(d))
    del d
    print("after dict")


dict_mode()


def class_freed_last():
    class Local:
        def __del__(self):
            print("del Local instance")

    x = Local()
    x.payload = Noisy("payload")
    del Local
    del x
    print("after local class")


class_freed_last()


class Late:
    pass


def late_del():
    a = Late()
    b = Late()
    b.v = 2.0
    del a
    Late.__del__ = lambda self: print("late del", getattr(self, "v", None))
    del b
    c = Late()
    del c
    del Late.__del__
    d = Late()
    del d
    print("after late")


late_del()

saved = []


class Phoenix:
    count = 0

    def __init__(self, v):
        self.v = v

    def __del__(self):
        Phoenix.count += 1
        print("phoenix del", self.v.name, Phoenix.count)
        if Phoenix.count == 1:
            saved.append(self)


def resurrection():
    p = Phoenix(Noisy("inside"))
    del p
    print("saved", len(saved), saved[0].v.name)
    saved.clear()
    print("after clear")


resurrection()


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def slotted():
    s = Slotted(Noisy("sa"), 1.25)
    del s
    print("after slotted")


slotted()


def chain(n):
    head = None
    for i in range(n):
        node = Vec(i, head, float(i))
        head = node
    return head


def long_chain():
    h = chain(20000)
    print(h.x, h.z)
    del h
    print("chain freed")


long_chain()


def cycle_with_values():
    a = Vec(1.0, None, Noisy("cyc"))
    a.y = a
    del a
    print("collected", gc.collect())


cycle_with_values()


def make(n):
    return [Vec(i, i, i) for i in range(n)]


def refcounts():
    for _ in range(3):
        make(10)
    cls_before = sys.getrefcount(Vec)
    items = make(100)
    print(sys.getrefcount(Vec) - cls_before)
    del items
    print(sys.getrefcount(Vec) - cls_before)
    f = 123.5
    before = sys.getrefcount(f)
    v = Vec(f, f, f)
    print(sys.getrefcount(f) - before)
    del v
    print(sys.getrefcount(f) - before)


refcounts()
print("end")
