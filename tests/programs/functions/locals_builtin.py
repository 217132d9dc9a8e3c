# locals(), vars() and dir() without arguments inside functions: the current
# values of the fast locals, cells and free variables by name.


def f(a, b=2, *args, **kw):
    x = 1
    print(locals())
    del x
    y = [1]
    print(locals())
    print(vars())
    print(dir())


f(1, 3, 4, k=5)


def outer():
    c = 10
    u = 5

    def inner(p):
        q = p + c
        print(sorted(locals().items()))
        return q

    print(list(locals().keys()))
    inner(1)
    c = 20
    inner(2)
    return inner


outer()


def unbound_first():
    print(locals())
    z = 1
    if z:
        w = 2
    print(locals())
    for i in range(2):
        print(locals())
    try:
        raise ValueError("boom")
    except ValueError as e:
        print(sorted(locals()), type(locals()["e"]).__name__)
    print(sorted(locals()))


unbound_first()


def gen():
    a = 1
    yield locals()
    b = 2
    yield locals()


print(list(gen()))


def same_dict():
    d = locals()
    x = 1
    print(d is locals(), sorted(d))


same_dict()


def comp():
    n = 3
    return [sorted(locals()) for i in range(2)]


print(comp())


def evaluate(x):
    y = x * 2
    return eval("x"), eval("y"), eval("x, y")


print(evaluate(21))


class K:
    def m(self, v):
        return sorted(locals())


print(K().m(1))
print((lambda a, b=1: sorted(locals().items()))(0))


def no_locals_mentioned(a):
    b = a + 1
    return b


print(no_locals_mentioned(1))
print("x" in dir(), sorted(k for k in vars() if not k.startswith("__"))[:3])
