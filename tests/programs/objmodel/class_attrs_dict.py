# Class and instance namespaces: __dict__, mappingproxy, definition order.
class Config:
    """Holds settings."""
    debug = False
    level = 1

    def __init__(self, name):
        self.name = name
        self.items = []

    def describe(self):
        return f"{self.name}:{self.level}"

    @property
    def upper(self):
        return self.name.upper()


print(list(Config.__dict__.keys()))
print(Config.__doc__, Config.__dict__["__doc__"])
print(Config.__dict__["level"], type(Config.__dict__).__name__)
try:
    Config.__dict__["level"] = 2
except TypeError as e:
    print("TypeError:", e)
c = Config("app")
print(c.__dict__)
c.__dict__["level"] = 9
print(c.level, Config.level, c.describe())
c.__dict__.clear()
c.name = "x"
print(vars(c), c.level)
Config.level = 3
print(c.describe())
setattr(Config, "added", lambda self: "added method")
print(c.added(), "added" in Config.__dict__)
del Config.added
print(hasattr(c, "added"))
print(Config.__name__, Config.__qualname__, Config.__module__)


class Outer:
    class Inner:
        class Deep:
            pass


print(Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.Deep)
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
