# `i += k` and `i = i - k` store a small-int result straight back into the
# local; every other kind of value must take the general store.
import sys


class Tracked:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        return Tracked(self.v + k)

    def __del__(self):
        print("del", self.v)


class MyInt(int):
    pass


def counters(n):
    i = 0
    j = 10
    total = 0
    while i < n:
        i += 1
        j = j - 2
        total += i * j
    return i, j, total


def overflow():
    x = sys.maxsize // 2 - 3
    out = []
    for _ in range(6):
        x += 2**60
        out.append(x)
    y = -(2**62) + 1
    for _ in range(3):
        y = y - 1
        out.append(y)
    return out


def mixed():
    x = 1.5
    x += 1
    x = x - 0.25
    s = "a"
    for c in "bcd":
        s += c
    m = MyInt(5)
    m += 1
    b = True
    b += 1
    t = Tracked(1)
    t += 1
    print("after t")
    t += 1
    print("end of mixed")
    return x, s, m, type(m).__name__, b, t.v


def in_handler(items):
    count = 0
    for v in items:
        try:
            count += v
        except TypeError as e:
            print("TypeError", e)
            count += 100
    return count


def generator(n):
    k = 0
    while k < n:
        k += 3
        yield k


def with_locals():
    a = 1
    a += 2
    a = a - 10
    return sorted(locals().items())


def then_delete():
    z = 7
    z += 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)


print(counters(1000))
print(overflow())
print(mixed())
print(in_handler([1, 2, "x", 3, None, 2**70]))
print(list(generator(10)))
print(with_locals())
print(then_delete())
