# s[start:stop] of an exact ASCII str is made from its bytes at once
# (no slice object, no generic slicing); the whole text is the str itself.
# Everything else (non-ASCII text, subclasses, steps, non-int bounds)
# takes the generic path. Both must agree with CPython.


class S(str):
    pass


class Idx:
    def __index__(self):
        print("index")
        return 1


def show(s, a, b):
    r = s[a:b]
    print(repr(r), type(r).__name__, r is s)


def bounds():
    s = "kalomi"
    for a, b in [(None, 2), (0, 2), (2, None), (-2, None), (None, -1), (-100, 3),
                 (3, 100), (4, 2), (6, 6), (0, 0), (-1, -2), (None, None), (0, 6),
                 (0, 100), (-6, None), (5, 6), (2 ** 70, None), (None, -2 ** 70)]:
        show(s, a, b)
    show("", None, None)
    show("", 0, 5)
    show("x", None, 1)
    show("x", 1, None)
    show("xy", 1, None)


def others():
    show("héllo wörld", 1, 4)
    show("日本語テキスト", None, 2)
    show("naïve", 0, 5)
    show(S("kalomi"), None, 2)
    show(S("kalomi"), None, None)
    show("kalomi", True, 3)
    show("kalomi", Idx(), 3)
    s = "kalomi"
    print(s[::2], s[1:5:2], s[::-1], s[4:1:-1], s[None:None:None] is s)
    try:
        s[1.0:2]
    except TypeError as e:
        print("TypeError:", e)
    try:
        s["a":]
    except TypeError as e:
        print("TypeError:", e)


def keys():
    words = ["kalo", "kami", "lomi", "kalomi", "ru", "r", "", "té", "tea"]
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    print(groups)
    tails = {}
    for w in words:
        k = w[-2:]
        tails[k] = tails.get(k, 0) + 1
    print(tails)
    print({w[1:3]: w for w in words})
    long = "abcdefghijklmnopqrstuvwxyz" * 3
    print(long[5:60], len(long[1:]), long[70:], long[:0] == "")


bounds()
others()
keys()
