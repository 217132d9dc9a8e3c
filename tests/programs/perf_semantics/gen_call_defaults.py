# Generator, coroutine and plain functions called positionally with some
# trailing parameters left to their defaults (the call path that fills the
# frame from the defaults tuple without binding): values, identity of
# mutable defaults, reassigned / shortened / removed __defaults__, missing
# argument errors, and the names generators take from their function.


def count(start, stop=5, step=1):
    i = start
    while i < stop:
        yield i
        i += step


def acc(x, into=[]):
    into.append(x)
    return into


def gen_acc(x, into=[]):
    into.append(x)
    yield len(into)


async def coro(a, b=10, c=None):
    return a, b, c


def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
    return "suspended"


print(list(count(0)))
print(list(count(1, 3)))
print(list(count(0, 10, 3)))
print(acc(1), acc(2), acc(3, []), acc(4))
print(next(gen_acc(1)), next(gen_acc(2)), next(gen_acc(3, [])))
print(run(coro(1)), run(coro(1, 2)), run(coro(1, 2, 3)))

# Defaults replaced, lengthened, shortened and removed.
count.__defaults__ = (3, 2)
print(list(count(-4)))
count.__defaults__ = (100, 200, 7, 1)
print(list(count(0)))
count.__defaults__ = (2,)
print(list(count(0, 4)))
for args in ((0,), ()):
    try:
        print(list(count(*args)))
    except TypeError as e:
        print("TypeError:", e)
count.__defaults__ = None
try:
    count(0)
except TypeError as e:
    print("TypeError:", e)
coro.__defaults__ = ("b",)
print(run(coro(0, 1)))
try:
    coro(0)
except TypeError as e:
    print("TypeError:", e)


def plain(a, b=2, c=3):
    return a + b * c


print(plain(1), plain(1, 1), plain(1, 1, 1))
plain.__defaults__ = (5,)
print(plain(1, 2))
try:
    plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    plain()
except TypeError as e:
    print("TypeError:", e)


# Defaults evaluated once; changing the tuple after creating the
# generator does not change it.
def late(a, b=[0]):
    yield a
    yield b


g = late(1)
late.__defaults__ = ([9],)
print(list(g), list(late(1)))


# Names: a generator takes the function's names when they were changed.
def named(n=1):
    yield n


print(named().__name__, named().__qualname__)
named.__name__ = "renamed"
print(named().__name__, named().__qualname__)
named.__qualname__ = "Outer.renamed"
g = named()
named.__name__ = "again"
print(g.__name__, g.__qualname__, named().__name__)


class K:
    def meth(self, k=3):
        yield from range(k)

    async def ameth(self, d=4):
        return d


print(list(K().meth()), list(K().meth(2)), run(K().ameth()))
try:
    list(K.meth())
except TypeError as e:
    print("TypeError:", e)
