# Exact str keys are compared by text without memcmp for short texts, and
# a missing str key is stored in the free slot its probe found (a deleted
# entry's slot first): keys of every length, texts that differ only in one
# byte, deletions followed by d[k] = v and d.setdefault(k), str subclasses
# and non-str keys hashing like a str.


class Twin:
    """Hashes and compares like the str it names."""

    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Twin.__eq__", self.text, repr(other))
        return other == self.text


class Tagged(str):
    def __eq__(self, other):
        print("Tagged.__eq__", str.__repr__(self), repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def every_length():
    d = {}
    for n in range(0, 40):
        base = "".join(chr(97 + (i * 7 + n) % 26) for i in range(n))
        d[base] = n
        for pos in range(n):
            # One byte changed at each position: never the same key.
            other = base[:pos] + ("#" if base[pos] != "#" else "$") + base[pos + 1:]
            if other in d:
                print("wrong hit", n, pos)
        # The same text built again is the same key.
        again = "".join(list(base))
        if d.get(again) != n or again not in d:
            print("missed", n)
        d[again] = d[again] + 100
    print(len(d), sum(d.values()))
    wide = {"é": 1, "日本": 2, "😀x": 3, "e\u0301": 4}
    print(wide["".join(["é"])], wide["日" + "本"], wide.get("😀" + "x"), wide.get("e"))


def reuse_slots():
    d = {}
    words = ["w%d" % i for i in range(200)]
    for w in words:
        d[w] = len(w)
    for w in words[::3]:
        del d[w]
    # Re-added keys go to the end of the order, whatever slot they take.
    for w in words[::3]:
        d.setdefault(w, -1)
    for w in words[::6]:
        del d[w]
        d[w] = -2
    print(len(d), list(d)[:4], list(d)[-4:])
    print(sum(v for v in d.values()), d["w0"], d["w3"], d["w6"])
    # Add and delete the same key many times (dummies pile up, then the
    # table is rebuilt).
    e = {"keep": 0}
    for i in range(1000):
        k = "k%d" % (i % 7)
        e.setdefault(k, i)
        e[k + "!"] = i
        del e[k]
        del e[k + "!"]
    print(e)


def others_meet_str():
    d = {Twin("ab"): "twin"}
    d["zz"] = 1
    del d["zz"]
    print(d.setdefault("ab", "str"))
    d["ab"] = "replaced"
    print(list(d.values()))
    t = {Tagged("cd"): 1}
    print(t.setdefault("cd", 2), t.get("cd"), "cd" in t)
    t["cd"] = 3
    print(t)
    u = {"ef": 1}
    print(u.setdefault(Tagged("ef"), 9), u)
    # 1 == 1.0 == True share a key; a str "1" never does.
    m = {1: "int"}
    m.setdefault(1.0, "float")
    m.setdefault(True, "bool")
    m.setdefault("1", "str")
    print(m)


def unhashable_and_raising():
    class Bad(str):
        def __hash__(self):
            raise ValueError("no hash for " + str.__str__(self))

    d = {"x": 1}
    try:
        d.setdefault(Bad("x"), 2)
    except ValueError as e:
        print("ValueError:", e)
    try:
        d.setdefault(["x"], 2)
    except TypeError as e:
        print("TypeError:", e)
    print(d)


every_length()
reuse_slots()
others_meet_str()
unhashable_and_raising()
