# list.append and comprehensions' LIST_APPEND store into the buffer inline
# while it has room; growth, sizes and every other receiver are CPython's.
import sys


def sizes():
    out = []
    lst = []
    for i in range(40):
        out.append(sys.getsizeof(lst))
        lst.append(i)
    return out, lst[-3:], len(lst)


class MyList(list):
    def append(self, x):
        super().append(("wrapped", x))


def receivers():
    a = MyList()
    a.append(1)
    b = [0]
    add = b.append
    add(2)
    r = b.append(3)
    return a, b, r


def while_iterating():
    lst = [1, 2, 3]
    seen = []
    for x in lst:
        seen.append(x)
        if x < 10:
            lst.append(x * 10)
    return seen


def comprehensions(n):
    squares = [i * i for i in range(n)]
    nested = [[j for j in range(i)] for i in range(4)]
    objects = [str(i) for i in range(5)]
    filtered = [x for x in range(30) if x % 7 == 0]
    return squares[-2:], len(squares), nested, objects, filtered


def refcounts():
    o = object()
    before = sys.getrefcount(o)
    lst = []
    for _ in range(3):
        lst.append(o)
    after = sys.getrefcount(o)
    lst.clear()
    return after - before, sys.getrefcount(o) - before


print(sizes())
print(receivers())
print(while_iterating())
print(comprehensions(1000))
print(refcounts())
print([sys.getsizeof([x for x in range(n)]) for n in (0, 1, 5, 9, 17)])
