# Bound methods pair an instance with the class's function object.
from mymodule import MyClass

a = MyClass("Alice")
b = MyClass("Bob")

m1 = a.func1
m2 = a.func1
print(m1)
print(a.func1 is a.func1)
print(a.func1 == a.func1)
print(m1 == m2, m1 is m2)
print(a.func1 == b.func1)
print(m1.__self__.name, m1.__func__.__name__)
print(m1.__func__ is MyClass.__dict__["func1"])
print(type(m1).__name__)
print(hash(m1) == hash(m2))
print(m1.__name__, m1.__qualname__)

# Calling through the class passes self explicitly.
print(MyClass.func2(b))
print(MyClass.func1 is MyClass.__dict__["func1"])

# Every instance shares the same function objects.
funcs = {id(obj.func1.__func__) for obj in (a, b, MyClass("Carol"))}
print(len(funcs))

# A bound method is a first-class value.
calls = [a.func1, b.func2, a.func2]
print([c() for c in calls])


def standalone(self):
    return "standalone for " + self.name


a.extra = standalone
print(a.extra is standalone)
MyClass.extra = standalone
print(b.extra())
print(b.extra.__func__ is standalone)
print(vars(a))
