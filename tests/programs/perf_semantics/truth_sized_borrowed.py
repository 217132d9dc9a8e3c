# Conditional jumps on locals test the local's word without a reference of
# their own, and exact lists, tuples, strs and dicts are tested by their
# length inline. Subclasses keep their __bool__/__len__, errors raised by
# them keep CPython's messages, and objects are released when CPython
# releases them.


class MyList(list):
    def __bool__(self):
        print("MyList.__bool__")
        return True


class MyDict(dict):
    def __len__(self):
        print("MyDict.__len__")
        return 0


class BadBool:
    def __bool__(self):
        return "yes"


class BadLen:
    def __len__(self):
        return -1


class Noisy:
    def __init__(self, name):
        self.name = name

    def __bool__(self):
        print("bool of", self.name)
        return False

    def __del__(self):
        print("del", self.name)


def describe(x):
    if x:
        return "true"
    return "false"


def tests():
    for v in ([], [0], (), (None,), "", "a", {}, {1: 2}, set(), {0}, 0, 1, 0.0, 2.5,
              None, True, False, MyList(), MyDict(a=1), b"", b"x", range(0), range(3)):
        print(repr(v), describe(v), "not" if not v else "is")


def loops():
    todo = [1, 2, 3]
    seen = []
    while todo:
        seen.append(todo.pop())
    print(seen, todo)
    d = {"a": 1, "b": 2}
    while d:
        print(d.popitem())
    s = "abc"
    while s:
        s = s[1:]
        print(repr(s))
    t = (1, 2)
    n = 0
    while t and n < 3:
        n += 1
    print(n)
    x = None
    if x is None:
        print("none")
    x = [5]
    if x is not None and x:
        print("list", x)


def errors():
    for bad in (BadBool(), BadLen()):
        try:
            if bad:
                print("unreachable")
        except (TypeError, ValueError) as exc:
            print(type(exc).__name__ + ":", exc)
    b = BadBool()
    try:
        while b:
            pass
    except TypeError as exc:
        print("TypeError:", exc)


def release():
    n = Noisy("n")
    if n:
        print("truthy")
    else:
        print("falsy")
    if not n:
        print("negated")
    n = None
    print("after n")
    items = [Noisy("i")]
    for item in items:
        if item:
            print("never")
    del item
    items = None
    print("end release")


tests()
print("--")
loops()
print("--")
errors()
print("--")
release()
