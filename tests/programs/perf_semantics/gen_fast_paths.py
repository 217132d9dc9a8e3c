# Fast paths for generators: iter(gen) without the __iter__ lookup, generator
# functions called straight from a call site (exact positional arguments),
# FOR_ITER over exact generators, and the fallbacks around them.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def pair(a, b):
    yield a
    yield b


def with_defaults(a, b=10, *rest, **kw):
    yield a + b
    yield len(rest)
    yield sorted(kw)


def make_closure(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen


# iter() of an exact generator is the generator itself
g = count(3)
print(iter(g) is g, iter(iter(g)) is g)
print(list(g), list(g))
print(sum(count(10)), max(count(5)), any(x > 3 for x in count(5)))

# generator objects in for loops, nested, exhausted, re-iterated
total = 0
for i in range(50):
    for v in pair(i, -i):
        total += v * v
print(total)
print([list(pair(x, x + 1)) for x in range(3)])

# calls that are not "exact positional": defaults, *args, keywords
print(list(with_defaults(1)), list(with_defaults(1, 2, 3, 4, z=1, y=2)))
print(list(with_defaults(a=5)), list(with_defaults(*[1, 2])))
print(list(make_closure(3)(4)))

# wrong argument counts keep CPython's messages
for bad in (lambda: pair(1), lambda: pair(1, 2, 3), lambda: pair(1, b=2, c=3),
            lambda: count()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


# a class whose __iter__ is a generator function
class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x


b = Bag([3, 1, 2])
it = iter(b)
print(type(it).__name__, list(it), sorted(b), list(iter(b)))


# a class with __iter__ returning a generator object it made earlier
class Holder:
    def __init__(self):
        self.g = count(2)

    def __iter__(self):
        return self.g


h = Holder()
print(list(h), list(h))


# an iterator class with __next__ (not a generator) in the same loops
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), sum(Countdown(4)))

# a generator that is running cannot be resumed
def selfref():
    yield next(me)


me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# iter() of a running generator is still the generator
def itself():
    yield iter(self_g) is self_g


self_g = itself()
print(next(self_g))

# StopIteration inside a generator body becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("inner")


try:
    for x in leaky():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# send() to a just-started generator, close(), throw() mid-loop
g = count(5)
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.send(None), next(g))
g.close()
print(list(g), g.gi_frame)


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


g = guarded()
for x in g:
    if x == 1:
        try:
            g.throw(KeyError("k"))
        except KeyError as e:
            print("KeyError:", e)
print(list(g))

# generators abandoned in the middle of a for loop are finalized
for x in guarded():
    break
print("after break")

# sys.exc_info() inside a generator resumed by a for loop
import sys


def exc_seen():
    yield sys.exc_info()[0]
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise KeyError("outer")
except KeyError:
    print([t.__name__ if t else None for t in exc_seen()])
print([t.__name__ if t else None for t in exc_seen()])

# names: a generator keeps its function's names as they were at creation
def named():
    yield 1


g1 = named()
named.__name__ = "renamed"
named.__qualname__ = "Q.renamed"
g2 = named()
print(g1.__name__, g1.__qualname__, g2.__name__, g2.__qualname__)
print(repr(g1).split(" at ")[0], repr(g2).split(" at ")[0])
print(named.__code__.co_name, named.__code__.co_qualname)


async def anamed():
    pass


c1 = anamed()
anamed.__qualname__ = "X.y"
c2 = anamed()
print(c1.__name__, c1.__qualname__, c2.__name__, c2.__qualname__)
c1.close()
c2.close()

# closures that are generators, called from a call site with exact and
# wrong argument counts
scaled = make_closure(5)
print(list(scaled(3)), [list(scaled(n)) for n in range(3)])
try:
    scaled(1, 2)
except TypeError as e:
    print("TypeError:", e)

# send() arity errors name the receiver's type
async def coro():
    pass


c = coro()
for fn, args in ((count(1).send, ()), (c.send, ()), (c.send, (1, 2)),
                 (c.__await__().send, ())):
    try:
        fn(*args)
    except TypeError as e:
        print("TypeError:", e)
c.close()
