# Hashes of short texts (1 to 7 bytes in CPython's compact form) made again
# and again as new objects: every value is CPython's (PYTHONHASHSEED=0),
# whether computed afresh or remembered from an equal text, for str and
# bytes, ASCII and latin-1 text, and many texts competing for the same
# remembered slots. Longer and empty texts for contrast.


def fresh(s):
    return "".join(list(s))


def main():
    texts = ["a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh",
             "é", "éa", "ÿÿÿÿÿÿÿ", "\x00", "\x00\x00", "a\x00b", "", "日", "日本"]
    first = [hash(fresh(t)) for t in texts]
    print(first)
    again = [hash(fresh(t)) for t in texts]
    print(first == again)
    print([hash(t.encode("latin-1")) if max(map(ord, t), default=0) < 256 else None
           for t in texts])
    print(all(hash(fresh(t).encode("latin-1")) == hash(t) for t in texts
              if max(map(ord, t), default=0) < 256))
    # Many distinct short texts (more than any small memo holds), twice over.
    total = 0
    hashes = {}
    for round_ in range(2):
        for i in range(6000):
            s = fresh(str(i * 7919 % 100003))
            h = hash(s)
            if round_ == 0:
                hashes[s] = h
            elif hashes[s] != h:
                print("mismatch", s)
            total = (total * 31 + h) % 1000000007
    print(total, len(hashes))
    print(sum(hash(str(i)) % 1000 for i in range(2000)))
    # Keys sliced out of words, as dict and set keys.
    words = [fresh("ka" + "lo" * (i % 3) + str(i % 10)) for i in range(300)]
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
        groups.setdefault(w[-2:], []).append(w)
    print(sorted((k, len(v), hash(k)) for k, v in groups.items()))
    print(len({w[:5] for w in words}), sorted({w[:5] for w in words})[:5])
    print(hash(fresh("abc")) == hash("abc") == hash(b"abc"))


main()
