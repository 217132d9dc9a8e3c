# Memoization with a dict-based decorator
def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


calls = {"fib": 0, "paths": 0}


@memoize
def fib(n):
    calls["fib"] += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def grid_paths(r, c):
    calls["paths"] += 1
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(fib(200), calls["fib"], len(fib.cache))
print(fib(50), calls["fib"])
print(grid_paths(16, 16), calls["paths"])
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(a, b, edit_distance(a, b))


@memoize
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


print(coin_ways(100, (50, 25, 10, 5, 1)), coin_ways(300, (200, 100, 50, 20, 10, 5, 2, 1)))
