# `s += t` may append to s's text in place when the variable and the
# operand stack are its only owners (CPython's unicode_concatenate). Every
# other holder must keep seeing the old text: aliases, containers, dict
# keys, iterators, closures, default arguments, interned and cached strs.


def grow(n):
    s = ""
    for i in range(n):
        s += "ab"[i % 2]
        s += str(i % 10)
    return s


def aliases():
    s = "start"
    t = s
    s += "-more"
    print(s, t, s is t)
    s = "x" * 3
    keep = [s]
    s += "y"
    print(s, keep)
    s = "k" * 2
    d = {s: 1}
    s += "!"
    print(s, d, d.get("kk"), hash("kk") == hash(list(d)[0]))
    s = "abc" * 2
    it = iter(s)
    next(it)
    s += "Z"
    print(s, "".join(it))
    s = "é" * 2
    s += "€"
    print(s, len(s), s[2], s.upper())


def hashes():
    s = "key" * 2
    h = hash(s)
    s += "tail"
    print(hash(s) == hash("keykeytail"), h == hash("keykey"))
    table = {}
    for part in ["a", "b", "c"]:
        s += part
        table[s] = len(s)
    print(table)


def self_add():
    s = "ha" * 2
    s += s
    print(s)
    s = "q" * 2
    s += ""
    print(s)


def mixed():
    s = "n" * 2
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    print(s)

    class Tail(str):
        def __radd__(self, other):
            return "radd(" + other + ")"

    s = "m" * 2
    s += Tail("t")
    print(s)
    n = 10
    n += 5
    lst = [1]
    alias = lst
    lst += [2]
    print(n, lst, alias is lst)


def closure():
    s = "c" * 2

    def show():
        return s

    before = show()
    s += "d"
    print(before, show())


def default(s="dflt" * 2):
    s += "+"
    return s


def one_char():
    s = "a"
    s += "b"
    t = "a"
    print(s, t, "a")
    s = ""
    s += "z"
    print(s, "" == "", len(""))


print(len(grow(20000)), grow(5))
aliases()
hashes()
self_add()
mixed()
closure()
print(default(), default())
one_char()


def gen():
    s = "g" * 2
    for c in "xyz":
        s += c
        yield s


def history():
    seen = []
    s = "h" * 2
    for c in "abc":
        s += c
        seen.append(s)
    s += "!"
    return seen, s


def swapped():
    s = "s" * 2
    t = "t" * 2
    s, t = t, s
    s += "1"
    t += "2"
    return s, t


print(list(gen()), history(), swapped())
