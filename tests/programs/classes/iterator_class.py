# Iterator protocol with __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b


class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times

    def __iter__(self):
        return CycleIterator(self.items, self.times)


class CycleIterator:
    def __init__(self, items, times):
        self.items = items
        self.remaining = times * len(items)
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.remaining == 0:
            raise StopIteration
        self.remaining -= 1
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item


print(list(Countdown(5)))
c = Countdown(3)
print(next(c), list(c), list(c), next(c, "exhausted"))
print(list(Fib(100)), sum(Fib(1000)))
fib = Fib(10)
print(list(fib), list(fib))
cyc = Cycle("ab", 3)
print(list(cyc), "".join(cyc), list(zip(Cycle([1, 2, 3], 1), Countdown(10))))
it = iter(Countdown(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(sorted(Countdown(4)), max(Fib(50)), 3 in Countdown(5), 7 in Countdown(5))
