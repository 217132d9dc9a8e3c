# The descriptor protocol: __get__, __set__, __delete__, __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.slot = "_" + name
        print(f"__set_name__({owner.__name__}, {name!r})")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.slot)


class NonData:
    def __get__(self, obj, objtype=None):
        return f"computed for {objtype.__name__}"


class Person:
    name = Typed(str)
    age = Typed(int)
    info = NonData()

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 31)
print(p.name, p.age)
print(sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
print(Person.name.owner, Person.name.slot)
print(type(Person.__dict__["age"]).__name__)
print(p.info, Person.info)
p.info = "shadowed"
print(p.info)
del p.info
print(p.info)


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Report:
    @Lazy
    def data(self):
        """expensive"""
        print("computing data")
        return [1, 2, 3]


r = Report()
print(r.data)
print(r.data)
print(Report.data.__doc__)
