# Infinite generators combined with hand-written itertools-like helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def cycle(items):
    saved = list(items)
    while saved:
        yield from saved


def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(take(10, naturals(5)))
print(list(takewhile(lambda x: x < 30, primes())))
print(take(7, cycle("abc")))
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])))
print(take(20, primes())[-1], list(collatz(6)))
squares = (n * n for n in naturals(1))
print(list(takewhile(lambda s: s < 100, squares)), next(squares))
triangular = (n * (n + 1) // 2 for n in naturals(1))
print(next(t for t in triangular if t > 500))
print(list(zip(naturals(), "xyz", cycle([True, False]))))
