# Exact messages of common builtin exceptions
five = 5
nothing = None


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label:16} {type(e).__name__}: {e}")


attempt("list index", lambda: [1, 2][5])
attempt("tuple index", lambda: (1,)[2])
attempt("str index", lambda: "ab"[9])
attempt("dict key", lambda: {}["x"])
attempt("dict int key", lambda: {1: 2}[3])
attempt("name", lambda: undefined_variable)
attempt("add int str", lambda: 1 + "a")
attempt("add str int", lambda: "a" + 1)
attempt("sub list", lambda: [1] - [1])
attempt("mul str str", lambda: "a" * "b")
attempt("neg str", lambda: -"a")
attempt("int parse", lambda: int("abc"))
attempt("int parse float", lambda: int("1.5"))
attempt("float parse", lambda: float("x1"))
attempt("attr int", lambda: five.foo)
attempt("attr none", lambda: nothing.bar)
attempt("attr str method", lambda: "s".push(1))
attempt("not callable", lambda: five())
attempt("not iterable", lambda: [x for x in five])
attempt("not subscript", lambda: five[0])
attempt("none subscript", lambda: nothing["k"])
attempt("unhashable", lambda: {[]: 1})
attempt("list remove", lambda: [].remove(1))
attempt("list index()", lambda: [1].index(2))
attempt("str index()", lambda: "abc".index("z"))
attempt("div zero", lambda: 1 / 0)
attempt("len int", lambda: len(five))
attempt("compare", lambda: [] < 1)
attempt("chr range", lambda: chr(-5))
attempt("complex compare", lambda: (-1) ** 0.5 > 0)
attempt("int too big", lambda: float(10 ** 400))
attempt("tuple assign", lambda: (1, 2).__setitem__(0, 1))
attempt("sorted extra arg", lambda: sorted([1], lambda x: x))
attempt("pow zero neg", lambda: pow(0, -1))
attempt("str join", lambda: "".join([1]))
attempt("frozen add", lambda: frozenset().add(1))
