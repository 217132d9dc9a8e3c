import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), cube_mod(4), two_to(10), two_to(exp=5))
print(square.func is power, square.args, square.keywords, two_to.args)
print(repr(partial(max, 1, 2, key=abs)).replace(repr(max), "MAX"))
nested = partial(partial(power, 3), 2)
print(nested(), nested.args)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("bo"))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def slow_square(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    slow_square(v)
info = slow_square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)


@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(50), ways.cache_info().currsize)


@lru_cache
def plain(x):
    return x + 1


print(plain(1), plain(1), plain.cache_info())

words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.t = (major, minor)

    def __eq__(self, other):
        return self.t == other.t

    def __lt__(self, other):
        return self.t < other.t


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), max(a, b).t)
try:
    total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError", e)
