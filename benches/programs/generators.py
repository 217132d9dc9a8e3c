# Generator pipelines: generator functions chained together, yield from,
# generator expressions consumed by sum/any/max, and send().


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def chained(n):
    yield from numbers(n)
    yield from (x * 2 for x in numbers(n))


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total // count
    return total


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    n = 700000
    a = sum(only_odd(squares(numbers(n))))
    b = 0
    for w in windows(numbers(n), 4):
        b = (b + w[0] * w[3] - w[1] * w[2]) % 1000003
    c = sum(x % 7 for x in chained(n))
    d = max(collatz_len(k) for k in range(1, 100000))
    e = any(x > n * 10 for x in chained(n))
    g = averager()
    next(g)
    last = 0
    for v in numbers(n):
        last = g.send(v * 3 % 101)
    try:
        g.send(None)
        total = -1
    except StopIteration as stop:
        total = stop.value
    print("odd squares", a)
    print("windows", b)
    print("chained", c)
    print("collatz", d, e)
    print("averager", last, total)


main()
