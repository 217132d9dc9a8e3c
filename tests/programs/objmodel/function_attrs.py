# Function objects and their attributes.
def outer(n):
    """Make an adder."""
    base = n * 10

    def add(x, y=1, *, scale=2) -> int:
        "Adds things."
        return (x + y + base + n) * scale

    return add


f = outer(3)
print(f.__name__, f.__qualname__, f.__module__)
print(f.__doc__, outer.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__code__.co_freevars)
print(len(f.__closure__), [type(c).__name__ for c in f.__closure__])
print([c.cell_contents for c in f.__closure__])
print(outer.__closure__, outer.__code__.co_cellvars)
print(f(1), f(1, 2, scale=1))
f.__defaults__ = (100,)
print(f(1))
f.__kwdefaults__ = {"scale": 0}
print(f(1))
f.calls = 5
print(f.__dict__, f.calls)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(outer.__globals__ is globals())


def plain(a, b):
    pass


print(plain.__defaults__, plain.__kwdefaults__, plain.__annotations__, plain.__doc__)
print(plain.__dict__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)


class K:
    def m(self):
        def inner():
            return self

        return inner


print(K.m.__qualname__, K().m().__qualname__)
print(K().m().__closure__[0].cell_contents.__class__.__name__)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c = counter()
c()
c()
print(c.__closure__[0].cell_contents)
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
print(type(f).__name__, callable(f))
