# Unpacking arbitrary iterables: strings, ranges, dicts, sets, generators, iterators
a, b, c = "abc"
print(a, b, c)
x, y = range(2)
print(x, y)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(i1, v1), (i2, v2) = enumerate("xy")
print(i1, v1, i2, v2)
s1, = {42}
print(s1)
lo, hi = sorted({9, 1})
print(lo, hi)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


p, q, r = countdown(3)
print(p, q, r)
head, *tail = countdown(5)
print(head, tail)
it = iter([10, 20, 30, 40])
first, second = next(it), next(it)
rest1, rest2 = it
print(first, second, rest1, rest2)
m, n = map(str.upper, ["left", "right"])
print(m, n)
z1, z2 = zip("ab", "cd")
print(z1, z2)
(q1, q2), = [divmod(17, 5)]
print(q1, q2)
bytes_a, bytes_b = b"AB"
print(bytes_a, bytes_b)
