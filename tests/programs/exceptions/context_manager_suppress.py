# Context managers that selectively suppress exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed:", repr(s.caught))
with Suppress(LookupError) as s:
    [][3]
print("suppressed via base class:", repr(s.caught))
with Suppress(ValueError) as s:
    x = 1
print("nothing raised:", s.caught)
try:
    with Suppress(ValueError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back because of {exc_type.__name__}: {exc}")
            return True
        print("committed")
        return False


db = {"balance": 100}
with Transaction(db) as data:
    data["balance"] -= 30
print(db)
with Transaction(db) as data:
    data["balance"] -= 500
    if data["balance"] < 0:
        raise ValueError("insufficient funds")
print(db)


class ExitReturnsTruthy:
    def __enter__(self):
        return "value from enter"

    def __exit__(self, *args):
        return 1


with ExitReturnsTruthy() as v:
    print(v)
    raise RuntimeError("hidden")
print("truthy return suppresses too")
