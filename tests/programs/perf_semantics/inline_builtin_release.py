# The inline paths of len(), ord() and isinstance() release their
# arguments themselves: temporaries must die right after the call, errors
# must leave nothing behind, and rebinding the names must be honoured.
import builtins


class Tracked:
    def __init__(self, name):
        self.name = name

    def __len__(self):
        return 3

    def __del__(self):
        print("del", self.name)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        if obj == "boom":
            raise ValueError("boom")
        return True


class Anything(metaclass=Meta):
    pass


def temporaries():
    print(isinstance(Tracked("a"), Tracked))
    print("after a")
    print(isinstance(Tracked("b"), int))
    print("after b")
    print(len(Tracked("c")))
    print("after c")
    print(isinstance(Tracked("d"), (int, Tracked)))
    print("after d")
    print(isinstance(Tracked("e"), Anything))
    print("after e")


def errors():
    for args in [("boom", Anything), (1, 2), (1, (int, 3)), ("x", (str, 3))]:
        try:
            print(isinstance(*args))
            print(isinstance(args[0], args[1]))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for v in ["", "ab", 5, b"x", "\u00e9", "\U0001f600"]:
        try:
            print(ord(v))
        except TypeError as e:
            print("TypeError", e)
    for v in [[1, 2], (1,), "abc", {"a": 1}, {1, 2}, 5, None, range(4), b"xy"]:
        try:
            print(len(v))
        except TypeError as e:
            print("TypeError", e)


def rebound():
    global len, ord, isinstance
    saved = (len, ord, isinstance)
    len = lambda x: "my len"
    ord = lambda x: "my ord"
    isinstance = lambda a, b: "my isinstance"
    print(len([1]), ord("a"), isinstance(1, int))
    len, ord, isinstance = saved
    print(len([1]), ord("a"), isinstance(1, int))
    del len, ord, isinstance
    old = builtins.len
    builtins.len = lambda x: -1
    print(len([1, 2]))
    builtins.len = old
    print(len([1, 2]))


temporaries()
errors()
rebound()
total = 0
for i in range(20000):
    s = "abc"[i % 3]
    total += ord(s) + len(s) + isinstance(s, str) + isinstance(i, str)
print(total)
