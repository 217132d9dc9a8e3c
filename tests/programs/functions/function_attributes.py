# Function attributes and introspection that is stable across runs
def documented(a, b=2, *args, c, d=4, **kw):
    """Adds things together."""
    return a + b


def nested():
    def inner():
        pass
    return inner


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
print(nested().__name__, nested().__qualname__)
print((lambda: 0).__qualname__, type(documented).__name__, callable(documented))
documented.custom = "attached"
documented.calls = 0
documented.calls += 1
print(documented.custom, documented.calls, "custom" in documented.__dict__)


class Widget:
    def method(self):
        return "m"

    @staticmethod
    def static():
        return "s"

    @classmethod
    def cls_method(cls):
        return cls.__name__


print(Widget.method.__name__, Widget.method.__qualname__, Widget.static.__qualname__)
w = Widget()
print(w.method(), Widget.method(w), w.static(), Widget.cls_method(), w.cls_method())
print(w.method.__name__, w.method.__self__ is w, w.method.__func__ is Widget.method)


def no_doc():
    pass


print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc())
f = documented
del f
print(documented(1, c=0), documented(1, 5, 6, c=0, e=1))
print(sorted(k for k in documented.__dict__))
