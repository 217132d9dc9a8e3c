# A module's global namespace is an ordinary dict that can change at run time.
import sys
import mymodule

print(mymodule.__name__)
print(mymodule.__file__)
print(mymodule.__doc__)
print(sys.modules["mymodule"] is mymodule)
print(repr(mymodule).startswith("<module 'mymodule' from '"))
print("mymodule" in sys.modules, "main" in sys.modules)
print(__name__)

mymodule.y = 7
print(mymodule.__dict__["y"])
print(sorted(k for k in dir(mymodule) if not k.startswith("_")))
del mymodule.y
print(hasattr(mymodule, "y"))
try:
    mymodule.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del mymodule.nothing
except AttributeError as e:
    print("AttributeError:", e)

# Functions resolve globals through their module's dict.
print(mymodule.global_func())
mymodule.x = 100
print(mymodule.global_func())
mymodule.__dict__["x"] = 7
print(mymodule.global_func())
print(mymodule.global_func.__globals__ is mymodule.__dict__)
print(mymodule.global_func.__module__)
print(mymodule.MyClass.__module__)

import mymodule as again
print(again is mymodule)
g = globals()
print(g["__name__"], "mymodule" in g, "again" in g)
