# Receivers and containers that die at the instruction that reads or writes
# them: each is released after the read (or the store), once, and its
# finalizer sees the new state. Covers inline attribute values, instance
# dicts, methods held by instances, and list/tuple/str subscripts.
import sys


class Noisy:
    def __init__(self, tag, value=0):
        self.tag = tag
        self.value = value

    def __del__(self):
        print("del", self.tag, self.value)

    def get(self):
        return self.value


class WithDict:
    def __init__(self, tag):
        self.__dict__["tag"] = tag
        for i in range(40):
            setattr(self, "a%d" % i, i)

    def __del__(self):
        print("del dict", self.tag, self.a39)


def make(tag, value=0):
    return Noisy(tag, value)


def inline_attrs():
    print("read", make("r", 5).value)
    for i in range(3):
        print("loop read", make("l%d" % i, i).value)
    n = make("s")
    make("t").value = n.tag
    print("stored; n alive:", n.tag)
    del n
    print("after del n")


def dict_attrs():
    print("dict read", WithDict("w").a7)
    w = WithDict("x")
    w.a3 = Noisy("old-a3")
    w.a3 = 33
    print("replaced", w.a3)
    del w
    print("after del w")


def held_callables():
    o = Noisy("holder")
    o.callback = lambda x: x * 2
    print("callback", make("cb", 0).__class__.__name__, o.callback(21))
    del o


def subscripts():
    print("list item", [Noisy("li", 1), 2][1])
    print("tuple item", (3, Noisy("ti", 4))[0])
    print("str item", ("ab" * 3)[3])
    xs = [Noisy("old", 0), 1]
    xs[0] = 10
    print("stored item", xs)
    temp = [Noisy("gone", 9)]
    temp[0] = "new"
    print("stored in temp", temp[0])
    print("refcounts", sys.getrefcount(xs))


inline_attrs()
dict_attrs()
held_callables()
subscripts()
print("end")
