# array: CPython's errors for bad typecodes, items, ranges and operations.
from array import array


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for tc in "bBhHiIlLqQ":
    size = array(tc).itemsize
    attempt(tc + " huge", lambda: array(tc, [2 ** 64]))
    attempt(tc + " -huge", lambda: array(tc, [-2 ** 64]))
    attempt(tc + " max+1", lambda: array(tc, [2 ** (size * 8)]))
    attempt(tc + " min-1", lambda: array(tc, [-1 - 2 ** (size * 8 - 1)]))
    attempt(tc + " append", lambda: array(tc).append(2 ** (size * 8)))
attempt("float item", lambda: array("i", [1.5]))
attempt("str item", lambda: array("i", ["a"]))
attempt("str float", lambda: array("d", ["a"]))
attempt("u int", lambda: array("u", [1]))
attempt("str init", lambda: array("i", "ab"))
attempt("bad code", lambda: array("z"))
attempt("int code", lambda: array(1))
attempt("long code", lambda: array("ii"))
attempt("not iterable", lambda: array("i", 5))
a = array("i", [1, 2, 3])
attempt("index", lambda: a.index(9))
attempt("remove", lambda: a.remove(9))
attempt("pop empty", lambda: array("i").pop())
attempt("pop range", lambda: a.pop(10))
attempt("getitem", lambda: a[10])


def setitem():
    a[10] = 1


def setslice():
    a[0:1] = [1]


def setbig():
    a[0] = 2 ** 40


attempt("setitem", setitem)
attempt("setslice", setslice)
attempt("set overflow", setbig)
attempt("extend kind", lambda: a.extend(array("d", [1.0])))
attempt("frombytes", lambda: a.frombytes(b"abc"))
attempt("fromlist", lambda: a.fromlist((1,)))
attempt("add list", lambda: a + [1])
attempt("add kind", lambda: a + array("d"))
attempt("tounicode", lambda: a.tounicode())
print(a)
