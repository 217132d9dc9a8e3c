# UNPACK_SEQUENCE of exact tuples and lists of the right length is inline,
# and `a, b, c, d = b, c, d, a` builds no tuple; subclasses, other
# iterables and wrong lengths must behave as in CPython.


class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter([self[i] for i in range(len(self) - 1, -1, -1)])


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([0] * len(self))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


def unpack2(x):
    a, b = x
    return a, b


def unpack3(x):
    a, b, c = x
    return a, b, c


print(unpack2((1, 2)), unpack2([3, 4]), unpack2("xy"), unpack2({5: 0, 6: 0}))
print(unpack3((1, 2, 3)), unpack3([4, 5, 6]), unpack3(range(3)))
print(unpack2(T((1, 2))), unpack2(L([1, 2])))
print(unpack2(iter([7, 8])), unpack3(x * x for x in range(3)))
attempt(lambda: unpack2((1, 2, 3)))
attempt(lambda: unpack2([1]))
attempt(lambda: unpack2(()))
attempt(lambda: unpack3([1, 2, 3, 4]))
attempt(lambda: unpack2(5))
attempt(lambda: unpack2(None))
attempt(lambda: unpack2(T((1, 2, 3))))
attempt(lambda: unpack2(iter([1])))

# the unpacked items outlive the sequence
def fresh():
    return (["a"], ["b"])


x, y = fresh()
x.append(1)
print(x, y)
xs = [[1], [2]]
p, q = xs
del xs
print(p, q)

# eight and nine targets (nine goes through the runtime)
a1, a2, a3, a4, a5, a6, a7, a8 = range(8)
print(a1, a8)
b1, b2, b3, b4, b5, b6, b7, b8, b9 = tuple(range(9))
print(b1, b9)
c1, c2, c3, c4, c5, c6, c7, c8, c9 = list(range(9))
print(c1, c9)


def order(name, v):
    print("eval", name)
    return v


a, b, c, d = 1, 2, 3, 4
for _ in range(3):
    a, b, c, d = b, c, d, a
print(a, b, c, d)
a, b, c, d = order("a", 10), order("b", 20), order("c", 30), order("d", 40)
print(a, b, c, d)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, b] = [b, a]
print(a, b)
a, b, c, d, e = e, d, c, b, a = 1, 2, 3, 4, 5
print(a, b, c, d, e)
lst = [0, 0, 0, 0]
lst[0], lst[1], lst[2], lst[3] = 9, 8, 7, 6
print(lst)


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


w, x2, y2, z2 = Loud("w"), Loud("x"), Loud("y"), Loud("z")
w, x2, y2, z2 = x2, y2, z2, None
print("rotated", w.name, x2.name, y2.name, z2)
del w, x2, y2
print("end")
