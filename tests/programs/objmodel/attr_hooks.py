# __getattr__, __getattribute__, __setattr__, __delattr__.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        self.log.append(f"setattr {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self.log.append(f"delattr {name}")
        del self._fields[name]


r = Record(a=1)
r.b = 2
print(r.a, r.b)
del r.a
print(hasattr(r, "a"), getattr(r, "a", "default"))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
print(r.log)


class Tracing:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback {name}"

    def method(self):
        return self.x


t = Tracing()
print(t.x)
print(t.method())
print(t.nope)


class ReadOnly:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")


try:
    ReadOnly().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
