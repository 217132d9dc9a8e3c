# TypeError messages for bad calls
def two(a, b):
    return a + b


def kw(*, key):
    return key


def opt(a, b=1, *, c):
    return a


number, text, nothing = 5, "abc", None
tests = [
    ("missing one", lambda: two(1)),
    ("missing two", lambda: two()),
    ("too many", lambda: two(1, 2, 3)),
    ("unexpected kw", lambda: two(1, 2, c=3)),
    ("duplicate", lambda: two(1, a=2)),
    ("kw-only positional", lambda: kw(1)),
    ("kw-only missing", lambda: kw()),
    ("opt missing c", lambda: opt(1)),
    ("opt too many", lambda: opt(1, 2, 3)),
    ("call int", lambda: number()),
    ("call str", lambda: text()),
    ("call None", lambda: nothing()),
    ("builtin args", lambda: len()),
    ("builtin too many", lambda: len([], [])),
    ("builtin kw", lambda: abs(x=1)),
]
for label, fn in tests:
    try:
        fn()
    except TypeError as e:
        print(f"{label:18} TypeError: {e}")


class K:
    def method(self, x):
        return x


try:
    K().method()
except TypeError as e:
    print("method", e)
try:
    K().method(1, 2)
except TypeError as e:
    print("method", e)
try:
    K.method(1)
except TypeError as e:
    print("unbound", e)
