# __new__ controls creation; __del__ runs when the last reference goes.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating singleton")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("init with", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


print(Positive(-5), type(Positive(-5)).__name__, Positive(3) + 1)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotMine())


class Tracked:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


t = Tracked("one")
t = None
print("after rebinding")


def scope():
    local = Tracked("two")
    print("in scope", local.name)


scope()
print("after scope")
items = [Tracked("three"), Tracked("four")]
del items[0]
print("deleted first")
items.clear()
print("cleared")
x = Tracked("five")
y = x
del x
print("one ref left")
del y
print("done")
