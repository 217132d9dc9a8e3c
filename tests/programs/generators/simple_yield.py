# Basic generator functions with yield
def count_up(n):
    i = 1
    while i <= n:
        yield i
        i += 1


def evens(limit):
    for x in range(limit):
        if x % 2 == 0:
            yield x


def trace():
    print("  start")
    yield "first"
    print("  between")
    yield "second"
    print("  end")


print(list(count_up(5)), sum(count_up(100)), list(evens(10)))
g = trace()
print("created, nothing printed yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "default after exhaustion"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
for value in fib():
    if value > 1000:
        print("first fib over 1000:", value)
        break


def chars_with_index(s):
    for i, ch in enumerate(s):
        yield i, ch.upper()


print(dict(chars_with_index("abc")), type(count_up(1)).__name__)
gen = count_up(3)
print(list(gen), list(gen))
print(max(count_up(7)), sorted(evens(7), reverse=True), 4 in evens(10), 5 in evens(10))
