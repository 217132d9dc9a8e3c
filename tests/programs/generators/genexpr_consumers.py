# Generator expressions handed straight to a consumer (sum, any, all,
# str.join, list, tuple, sorted) run through their push variant: results,
# laziness, early exits, errors from the body and from the consumer,
# PEP 479, finalization order, and generators that someone else also holds.
import traceback


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents})"


class Stopper:
    def __radd__(self, other):
        raise StopIteration("from the consumer")


def noisy(x):
    print("  saw", x)
    return x


def inner():
    try:
        for i in range(10):
            yield i
    finally:
        print("  inner closed")


def sums(n):
    big = 2 ** 62
    print(sum(x * 2 for x in range(n) if x % 3))
    print(sum(big for _ in range(4)))
    print(sum(x / 4 for x in range(n)))
    print(sum((x for x in [1, 2.5, 3]), 10))
    print(sum((Money(c) for c in (5, 10, 20)), Money(1)))
    print(sum(Money(c) for c in (5, 10)))
    print(sum(x for x in ()))
    k = 3
    print(sum(x * k for x in range(n)))
    print(sum(sum(y for y in range(x)) for x in range(6)))


def early_exits():
    print(any(noisy(x) > 2 for x in range(10)))
    print(all(noisy(x) < 2 for x in range(10)))
    print(any(x for x in []), all(x for x in []))
    print(any(x > 3 for x in inner()))
    print("after any")
    print(all(x < 100 for x in inner()))


def collectors(words):
    print("-".join(w.upper() for w in words if len(w) > 2))
    print(list(len(w) for w in words))
    print(tuple(w[0] for w in words))
    print(sorted((len(w), w) for w in words))
    print(" ".join(str(i) for i in range(5)))


def errors():
    try:
        sum(1 / x for x in [1, 2, 0, 4])
    except ZeroDivisionError:
        lines = traceback.format_exc().splitlines()
        print([line.strip() for line in lines if line.strip().startswith("File")].__len__(), lines[-1])
    try:
        sum(x for x in [1, "a"])
    except TypeError as e:
        print("TypeError:", e)
    try:
        sum(x for x in [1, Stopper()])
    except StopIteration as e:
        print("StopIteration from the consumer:", e)
    try:
        sum(next(iter([])) for _ in range(3))
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)
    try:
        "".join(x for x in ["a", 1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        any(undefined_name for _ in range(2))  # noqa: F821
    except NameError as e:
        print("NameError:", e)


def shared():
    g = (x * x for x in range(6))
    print(next(g), sum(g), list(g))
    h = (x for x in range(5))
    held = [h]
    print(sum(h), list(held[0]))
    j = (x for x in range(3))
    print(any(x > 0 for x in j), list(j))


sums(10)
early_exits()
collectors(["ab", "cde", "fghi", "x"])
errors()
shared()
