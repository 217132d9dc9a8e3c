# The seed article's walk-through, section by section.
import mymodule

# 3. Module objects
print(type(mymodule))
print(type(mymodule).__name__)
print(mymodule.__name__)

# 4. The global namespace
ns = mymodule.__dict__
print(ns is vars(mymodule))
print([k for k in ns if not k.startswith("__")])
print(ns["x"], ns["__name__"])
print(ns["__file__"].endswith("mymodule.py"))
print(ns["global_func"] is mymodule.global_func)

# 5. Function objects and code objects
print(mymodule.global_func)
print(mymodule.global_func.__code__)
print(mymodule.global_func())

# 6. Class objects
print(mymodule.MyClass)
print(type(mymodule.MyClass))
print(list(mymodule.MyClass.__dict__.keys()))
print(mymodule.MyClass.__dict__["class_var"])
print(mymodule.MyClass.func1)

# 7. Instances and bound methods
obj1 = mymodule.MyClass("Alice")
obj2 = mymodule.MyClass("Bob")
print(obj1.func1)
print(obj1.func1())
print(obj2.func2())
print(obj1.func1.__func__ is obj2.func1.__func__)
print(obj1.func1.__func__ is mymodule.MyClass.func1)
print(obj1.func1.__self__ is obj1)
print(mymodule.MyClass.func1(obj2))

# 8. Async functions
coro = obj1.async_func()
print(coro)
print(type(coro).__name__)
coro.close()
