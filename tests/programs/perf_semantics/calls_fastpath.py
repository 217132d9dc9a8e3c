# Calls of Python functions: the fast path for exact positional calls must
# not change defaults, closures, keyword binding or error messages.


def f(a, b):
    return a * 10 + b


def g(a, b=5):
    return a + b


print(f(1, 2), g(1), g(1, 2), g(b=3, a=4))
g.__defaults__ = (100,)
print(g(1))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)


def make_adder(n):
    def add(x):
        return x + n

    return add


adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])


def cell_arg(x):
    def inner():
        return x * 2

    x += 1
    return inner()


print(cell_arg(5))


def gen(a, b):
    yield a
    yield b


print(list(gen(1, 2)))


def varargs(a, *rest, **kw):
    return a, rest, sorted(kw.items())


print(varargs(1), varargs(1, 2, 3, k=4))


def kwonly(a, *, k):
    return a, k


try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
print(kwonly(1, k=2))


class C:
    def m(self, x):
        return ("m", x)

    @staticmethod
    def s(x):
        return ("s", x)

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)


o = C()
print(o.m(1), o.s(2), o.c(3), C.m(o, 4))
try:
    o.m()
except TypeError as e:
    print(e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(10))
