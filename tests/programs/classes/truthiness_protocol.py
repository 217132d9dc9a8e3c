# __bool__ and __len__ determine truthiness
class Empty:
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Both()), len(Both()))
if Flag(True):
    print("flag is on")
if not Flag(False):
    print("flag is off")
print(Flag(False) or "fallback")
print([x.n for x in [Sized(0), Sized(2)] if x])


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty

    def __len__(self):
        return sum(self.items.values())


inv = Inventory()
print("empty" if not inv else "has items", len(inv))
inv.add("apple", 3)
print("empty" if not inv else "has items", len(inv))
