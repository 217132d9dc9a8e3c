# LOAD_METHOD of a built-in method that CALL runs inline (list.append,
# list.pop, set.add/remove/discard, dict.get/setdefault) skips the attribute
# site for an exact receiver; subclasses, other types, wrong argument
# counts, keywords and errors raised between the load and the call behave
# as in CPython.


class MyList(list):
    def append(self, x):
        super().append(("mine", x))


class PlainList(list):
    pass


class MyDict(dict):
    def get(self, key, default=None):
        return ("mine", key, default)


class Stack:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 2)

    def pop(self):
        return self.items.pop() if self.items else "empty"


def boom():
    raise ValueError("boom")


def receivers():
    out = []
    for r in ([], MyList(), PlainList(), Stack()):
        r.append(1)
        r.append(2)
        out.append((type(r).__name__, r.pop(), r.pop() if len(getattr(r, "items", r)) else None))
    return out


def dict_methods():
    out = []
    for d in ({"a": 1}, MyDict(a=1)):
        out.append(d.get("a"))
        out.append(d.get("b", 7))
        out.append(d.setdefault("c", [1]))
        out.append(sorted(d))
    return out


def sets():
    s = set()
    fs = frozenset([1, 2])
    for i in range(10):
        s.add(i % 4)
    s.discard(3)
    s.discard(99)
    s.remove(0)
    try:
        s.remove(42)
    except KeyError as e:
        print("KeyError", e)
    try:
        fs.add(3)
    except AttributeError as e:
        print("AttributeError", e)
    return sorted(s)


def errors():
    lst = [1]
    for f in (
        lambda: lst.append(),
        lambda: lst.append(1, 2),
        lambda: lst.pop(1, 2),
        lambda: [].pop(),
        lambda: lst.pop(5),
        lambda: lst.pop("x"),
        lambda: {}.get(),
        lambda: {}.get(1, 2, 3),
        lambda: {}.get(key=1),
        lambda: {}.setdefault(),
        lambda: {}.get([]),
        lambda: set().add([]),
        lambda: (5).append(1),
        lambda: "s".pop(),
        lambda: None.get(1),
        lambda: lst.append(boom()),
        lambda: {}.get(boom()),
    ):
        try:
            print("ok", f())
        except Exception as e:
            print(type(e).__name__, e)
    return lst


def dict_pop_is_not_list_pop():
    d = {"k": 1}
    s = {5}
    return d.pop("k"), d.pop("z", "dflt"), s.pop(), d, s


def many(n):
    # Errors between the load and the call, many times: the method's
    # reference is released exactly once on every path.
    lst = []
    d = {}
    caught = 0
    for i in range(n):
        try:
            lst.append(i if i % 3 else boom())
        except ValueError:
            caught += 1
        try:
            d.setdefault(i % 5, boom() if i % 7 == 0 else i)
        except ValueError:
            caught += 1
    while lst:
        lst.pop()
    return caught, len(lst), d


print(receivers())
print(dict_methods())
print(sets())
print(errors())
print(dict_pop_is_not_list_pop())
print(many(30000))
