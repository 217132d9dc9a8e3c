# Inline paths for str iteration, len(), ord() and isinstance(): each must
# fall back exactly where the fast path does not apply.
import builtins


def chars(s):
    out = []
    for ch in s:
        out.append(ch)
    return out


print(chars("abc"), chars(""), chars("héllo wörld"), chars("\x00\x7f\x80\xff"))
print(chars("日本語"), chars("a\U0001F600b"))

# A partly consumed iterator continues where it stopped; an exhausted one
# stays exhausted.
it = iter("xyz")
print(next(it))
for ch in it:
    print("rest", ch)
print(next(it, "done"), list(it))
it = iter("é!")
print(next(it), list(it))


class S(str):
    pass


class Rev(str):
    def __iter__(self):
        return iter(str(self)[::-1])

    def __len__(self):
        return 99


print(chars(S("sub")), chars(Rev("abc")), len(S("four")), len(Rev("abc")))
print(type(iter("ab")).__name__, type(iter("é")).__name__, type(iter(S("ab"))).__name__)

word = "banana"
print([c == "banana"[1] for c in word].count(True), "".join(c for c in word))


def lengths(items):
    return [len(x) for x in items]


print(lengths(["", "a", "héllo", "日本語", [1, 2], (3,), {"k": 1}, S("xy"), Rev("q")]))


def codes(s):
    return [ord(ch) for ch in s]


print(codes("AZaz09 \n"), codes("é€😀"), codes(S("b")))
print(ord(b"A"), ord(bytearray(b"z")))
for bad in ["", "ab", "日本", b"xy", 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)


def shadowed_ord(s):
    ord = lambda c: "local " + c
    return [ord(ch) for ch in s]


print(shadowed_ord("ab"))
real_ord = builtins.ord
builtins.ord = lambda c: -1
print(codes("xy"))
builtins.ord = real_ord
print(codes("xy"))
real_len = builtins.len
builtins.len = lambda x: "patched"
print(lengths(["abc", [1]]))
builtins.len = real_len
print(lengths(["abc", [1]]))


class Meta(type):
    def __instancecheck__(cls, inst):
        print("  __instancecheck__", type(inst).__name__)
        return inst == "magic"


class Odd(metaclass=Meta):
    pass


class Base:
    pass


class Derived(Base):
    pass


def kinds(values, cls):
    return [isinstance(v, cls) for v in values]


values = [1, True, 2.5, "s", S("t"), [], (), {}, None, Derived(), Base(), 2**80]
print(kinds(values, int))
print(kinds(values, str))
print(kinds(values, Base))
print(kinds(values, Derived))
print(kinds(values, (float, list)))
print(kinds(values, object))
print(kinds(values, int | str))
print(kinds([Odd(), "magic", 3], Odd))
for bad in [5, (int, 5), "str"]:
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)


def local_isinstance(v):
    isinstance = lambda a, b: "mine"
    return isinstance(v, int)


print(local_isinstance(3))
real_isinstance = builtins.isinstance
builtins.isinstance = lambda a, b: "patched"
print(kinds([1, "a"], int))
builtins.isinstance = real_isinstance
print(kinds([1, "a"], int))


class Obj:
    def len(self, x):
        return "method len"

    def ord(self, x):
        return "method ord"

    def isinstance(self, a, b):
        return "method isinstance"


o = Obj()
print(o.len("abc"), o.ord("a"), o.isinstance(1, int))
