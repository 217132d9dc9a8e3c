# `s += t` may append to the str in place only when the local and the
# operand stack are its only owners. The left operand of BINARY_OP may be a
# borrowed local (no reference of its own), so an alias held anywhere else
# (a list, a dict key, another local, a default, a closure) must keep its
# old text.


def aliases():
    s = "ab" * 2
    in_list = [s]
    s += "c"
    print(s, in_list)

    t = "x" * 3
    as_key = {t: 1}
    for _ in range(3):
        t += "y"
    print(t, as_key)

    u = "-".join(["p", "q"])
    other = u
    u += "!"
    print(u, other)

    v = "".join(["m", "n"])
    v += "o"  # no alias: may grow in place
    w = v
    v += "p"
    print(v, w)
    return v


def grow(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 25 == 24:
            snapshot = s
            s += "|"
            assert not snapshot.endswith("|")
    return s


def self_add():
    s = "ab" * 2
    s += s
    return s


print(aliases())
r = grow(100)
print(len(r), r[:30], r.count("|"))
print(self_add())
