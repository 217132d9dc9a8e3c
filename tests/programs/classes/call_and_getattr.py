# __call__, __getattr__, __setattr__ and __getattribute__-free dynamic attributes
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


triple = Multiplier(3)
print(triple(5), list(map(triple, [1, 2])), callable(triple), callable(Multiplier))


class Record:
    def __init__(self, **data):
        self._data = data

    def __getattr__(self, name):
        if name in self._data:
            return self._data[name]
        raise AttributeError(f"record has no field {name!r}")


r = Record(name="Ada", year=1815)
print(r.name, r.year, getattr(r, "name"), hasattr(r, "missing"))
try:
    r.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Audited:
    def __init__(self):
        object.__setattr__(self, "history", [])

    def __setattr__(self, name, value):
        self.history.append(f"{name}={value!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.history.append(f"del {name}")
        object.__delattr__(self, name)


a = Audited()
a.x = 1
a.x = 2
a.label = "hi"
del a.x
print(a.history, hasattr(a, "x"), a.label)


class Chain:
    def __init__(self, path=()):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + (name,))

    def __call__(self, *args):
        return "/".join(self.path) + f"({', '.join(map(str, args))})"


api = Chain()
print(api.users.list(), api.users.get(42), api.a.b.c("x", 1))
