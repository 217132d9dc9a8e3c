# A list iterator that reaches its end inside a loop (a comprehension's
# `.0` argument, an iterator the program also holds) drops its list, as
# CPython's does: the list is released then, and stays unreachable from
# the exhausted iterator.
import sys


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def comprehension_releases():
    items = [Loud("a"), Loud("b")]
    names = [x.name for x in items]
    del items
    print("after del", names)


def shared_iterator():
    lst = [1, 2, 3]
    it = iter(lst)
    seen = [x for x in it]
    lst.append(4)
    return seen, list(it), it.__length_hint__()


def held_iterator():
    lst = [Loud("c")]
    it = iter(lst)
    for x in it:
        pass
    del x
    print("loop done")
    del lst
    print("list dropped")
    return list(it)


def refcounts():
    lst = [object()]
    before = sys.getrefcount(lst)
    squares = [y for y in lst]
    gen = sum(1 for y in lst)
    return sys.getrefcount(lst) - before, len(squares), gen


comprehension_releases()
print(shared_iterator())
print(held_iterator())
print(refcounts())
print([[x * y for x in [1, 2]] for y in [3, 4]])



def tuple_and_str_iterators():
    t = (Loud("t1"), Loud("t2"))
    it = iter(t)
    names = [x.name for x in it]
    del t
    print("tuple dropped", names)
    s = "abc"
    sit = iter(s)
    chars = [c for c in sit]
    return list(it), it.__length_hint__(), chars, list(sit), sit.__length_hint__()


def generator_over_tuple():
    t = (1, 2, 3)
    it = iter(t)
    total = sum(x for x in it)
    return total, list(it)


print(tuple_and_str_iterators())
print(generator_over_tuple())
print([c * 2 for c in "xy"], [v for v in ()], [c for c in ""])
