# Built-in methods and functions called through LOAD_METHOD/CALL: the direct
# path for built-ins must keep CPython's argument checking and messages.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


xs = [3, 1, 2]
xs.append(4)
xs.extend((5, 6))
print(xs, xs.pop(), xs.index(2), xs.count(1))
attempt("append no args", lambda: xs.append())
attempt("append two args", lambda: xs.append(1, 2))
attempt("append kw", lambda: xs.append(x=1))
attempt("pop str", lambda: xs.pop("a"))
attempt("index missing", lambda: xs.index(99))

d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("c", 3), sorted(d.items()))
attempt("get no args", lambda: d.get())
attempt("get three args", lambda: d.get(1, 2, 3))
attempt("get unhashable", lambda: d.get([]))

s = "a,b,c"
print(s.split(","), "-".join(["x", "y"]), s.upper(), s.startswith("a", 0), s.find("c"))
attempt("join ints", lambda: "-".join([1, 2]))
attempt("join no args", lambda: "".join())
attempt("split bad sep", lambda: s.split(1))
attempt("startswith no args", lambda: s.startswith())
attempt("replace one arg", lambda: s.replace("a"))

# Unbound descriptors called explicitly check their receiver.
print(list.append(xs, 7), xs[-1], str.upper("q"), dict.get(d, "a"))
attempt("descr wrong self", lambda: list.append((), 1))
attempt("descr no self", lambda: list.append())
attempt("str descr int", lambda: str.upper(5))
attempt("int new not type", lambda: int.__new__(5))
attempt("dict fromkeys", lambda: dict.fromkeys("ab", 0))


# Subclasses of built-ins: inherited and overridden methods.
class MyList(list):
    def append(self, x):
        super().append(x * 10)


class Tally(dict):
    pass


class Shout(str):
    def upper(self):
        return "UP:" + str.upper(self)


m = MyList([1])
m.append(2)
m.extend([3])
print(m, type(m).__name__, list.append(m, 4), m)
t = Tally(a=1)
print(t.get("a"), t.get("z", "none"), dict.get(t, "a"), type(t).__name__)
sh = Shout("hi")
print(sh.upper(), sh.lower(), str.upper(sh), sh.split("i"))
attempt("sub append no args", lambda: m.append())
attempt("sub extend no args", lambda: m.extend())

# Bound built-in methods stored and called later.
push = xs.append
push(8)
get = d.get
print(xs[-1], get("a"), get("zz", "default"))
attempt("bound too many", lambda: push(1, 2))
attempt("bound get none", lambda: get())
f = "{}-{}".format
print(f(1, 2), f(*"ab"))

# Free built-ins and built-in types called positionally.
print(len(xs), isinstance(xs, list), ord("a"), chr(98), str(12), int("7"), float("1.5"))
print(abs(-3), round(2.675, 2), max(1, 5, 3), min([4, 2]), divmod(7, 2))
attempt("len two", lambda: len(1, 2))
attempt("len int", lambda: len(5))
attempt("ord long", lambda: ord("ab"))
attempt("int bad", lambda: int("x"))
attempt("isinstance one", lambda: isinstance(1))
attempt("type three bad", lambda: type("X", 1, {}))
import math
print(math.sqrt(16.0), math.hypot(3, 4), math.floor(2.5))
attempt("sqrt str", lambda: math.sqrt("x"))
attempt("sqrt none", lambda: math.sqrt())
attempt("sqrt neg", lambda: math.sqrt(-1))


# Bound methods of Python functions called with 0, 1, 2 and more arguments.
class C:
    def m0(self):
        return "m0"

    def m1(self, a):
        return ("m1", a)

    def m3(self, a, b, c=0, *rest):
        return ("m3", a, b, c, rest)


c = C()
bm0, bm1, bm3 = c.m0, c.m1, c.m3
print(bm0(), bm1(1), bm3(1, 2), bm3(1, 2, 3, 4, 5), bm3(1, b=2))
attempt("m1 missing", lambda: bm1())
attempt("m0 extra", lambda: bm0(1))
print(round(C and 2.5), round(3.14159, 3))
