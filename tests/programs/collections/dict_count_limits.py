# d[k] = d.get(k, c) + n updated in place (one probe, the new small int
# written over the old): the sums at the edges of the small-int range,
# negative steps, int keys equal to floats and bools, str keys built anew
# (equal text, another object), and pair keys, all as CPython computes.

LIMIT = 2 ** 62


def edges():
    d = {}
    k = "hi"
    d[k] = d.get(k, LIMIT - 2) + 1
    d[k] = d.get(k, 0) + 1
    print(d[k] == LIMIT - 1 + 1 - 1, d[k] - LIMIT)
    d[k] = d.get(k, 0) + 1
    print(d[k] - LIMIT, type(d[k]).__name__)
    k = "lo"
    d[k] = d.get(k, -LIMIT + 1) - 1
    print(d[k] + LIMIT)
    d[k] = d.get(k, 0) - 1
    print(d[k] + LIMIT)
    d[k] = d.get(k, 0) + 3
    print(d[k] + LIMIT)
    k = -1
    d[k] = d.get(k, 0) - 5
    d[k] = d.get(k, 0) - 5
    k = 0
    d[k] = d.get(k, -3) + 3
    print(d)


def equal_keys():
    d = {1.0: 10, 2: 20}
    for k in [1, True, 2, 2.0, 3, 3.0, -0.0, 0]:
        d[k] = d.get(k, 0) + 1
    print(d, [type(k).__name__ for k in d])
    words = ["ab" + "cd", "a" + "bcd", "abc" + "d", "abcd"]
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    print(c)
    p = {}
    for i in range(3):
        for j in range(3):
            k = (i % 2, j % 2)
            p[k] = p.get(k, 0) + i * j
    print(p)


def many():
    c = {}
    for i in range(5000):
        k = "w" + str(i % 1237)
        c[k] = c.get(k, 0) + 1
        n = i % 613 - 300
        c[n] = c.get(n, 0) - 1
    print(len(c), c["w0"], c["w1236"], c[-300], c[312], sum(v for v in c.values() if v > 0))
    print(list(c)[:6], list(c)[-3:])


edges()
equal_keys()
many()
