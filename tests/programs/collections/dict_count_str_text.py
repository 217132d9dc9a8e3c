# d[k] = d.get(k, c) + n with exact str keys made anew (equal text, other
# objects): the one-probe update compares the keys' text inline. Keys of
# every length class (empty, 1-3, 4-7, 8-16, longer), non-ASCII text,
# keys differing in one byte, a stored str subclass whose __eq__ must run,
# and a non-str key with the very hash of a str key.


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def fresh(s):
    # A new str object with the text of s (not the interned constant).
    return "".join(list(s))


def main():
    texts = ["", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmnop",
             "abcdefghijklmnopq", "x" * 40, "x" * 39 + "y", "y" + "x" * 39,
             "é", "éé", "日本", "日本語の文", "😀", "a😀b", "abcdefgX", "abcdefgY",
             "abcdXfgh", "abcdYfgh", "aXc", "aYc"]
    words = [fresh(t) for t in texts for _ in range(3)] + [fresh(t) for t in texts[::2]]
    c = count(words)
    print(len(c), [(k, v) for k, v in c.items()])
    print(all(c[fresh(t)] == (4 if i % 2 == 0 else 3) for i, t in enumerate(texts)))


    class Loud(str):
        def __eq__(self, other):
            print("Loud.__eq__", repr(str(self)), repr(other))
            return str.__eq__(self, other)

        __hash__ = str.__hash__


    d = {Loud("key"): 10, "other": 1}
    k = fresh("key")
    d[k] = d.get(k, 0) + 1
    print(d, [type(x).__name__ for x in d])
    k = fresh("other")
    d[k] = d.get(k, 0) + 1
    print(d)


    class Never(str):
        def __eq__(self, other):
            print("Never.__eq__", repr(str(self)), repr(other))
            return False

        __hash__ = str.__hash__


    d = {Never("w"): 5}
    k = fresh("w")
    d[k] = d.get(k, 0) + 1
    d[k] = d.get(k, 0) + 1
    print(d, [type(x).__name__ for x in d])

    # An int key whose hash equals a str key's: both stay, in insertion order.
    for s in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]:
        h = hash(s)
        if abs(h) < 2 ** 61 - 1:
            break
    assert hash(h) == hash(s)
    d = {h: 100}
    k = fresh(s)
    d[k] = d.get(k, 0) + 1
    d[k] = d.get(k, 0) + 1
    print(len(d), d[h], d[s], list(d)[0] == h)
    d = {s: 7}
    d[h] = d.get(h, 0) + 1
    print(len(d), d[h], d[s])

    # Deleted entries on the probe sequence (dummies) and re-insertion.
    d = {}
    for i in range(50):
        k = fresh("k%d" % i)
        d[k] = d.get(k, 0) + 1
    for i in range(0, 50, 2):
        del d["k%d" % i]
    for i in range(50):
        k = fresh("k%d" % i)
        d[k] = d.get(k, 0) + 1
    print(len(d), list(d.items())[:6], list(d.items())[-3:])


main()
