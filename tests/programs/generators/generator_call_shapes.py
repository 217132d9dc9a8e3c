# Generator, coroutine and async generator functions called with every
# parameter shape: exact positional arguments (the direct path), defaults,
# keywords, *args/**kwargs, closures and cells, and the binding errors.


def plain(a, b):
    yield a
    yield b
    return a + b


def with_default(a, b=10):
    yield a + b


def star(*args, **kwargs):
    yield args
    yield sorted(kwargs.items())


def cell_arg(x):
    def inner():
        return x * 2
    yield inner()
    x = 5
    yield inner()


def outer(k):
    def gen(v):
        yield v + k
    return gen


async def coro(a, b):
    return a * b


async def agen(n):
    for i in range(n):
        yield i


def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


g = plain(1, 2)
print(list(g))
print(list(plain(b=3, a=4)))
print(list(with_default(1)), list(with_default(1, 2)))
print(list(star(1, 2, k=3)))
print(list(cell_arg(3)))
print(list(outer(100)(1)))
print(drive(coro(6, 7)))
print(drive(coro(b=2, a=3)))


async def collect():
    return [x async for x in agen(3)]


print(drive(collect()))

for call in (lambda: plain(1), lambda: plain(1, 2, 3), lambda: plain(1, a=2),
             lambda: coro(1), lambda: agen(), lambda: with_default()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

gens = [plain(i, i) for i in range(3)]
print([next(x) for x in gens], [x.gi_frame is not None for x in gens])
del gens
