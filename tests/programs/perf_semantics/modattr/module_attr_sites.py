# Attribute sites on modules read the module dict through a hint; names are
# interned, so they match the dict's keys by identity.
import math
import sys
import types

import helper_mod


def read(m):
    return m.value


def sqrt2():
    return math.sqrt(2.0)


for i in range(3):
    print(read(helper_mod), sqrt2())
    helper_mod.value = i * 10
print(helper_mod.get(), read(helper_mod))

# Rebinding through the module's own globals and through setattr with a
# name built at run time.
helper_mod.__dict__["value"] = "via __dict__"
print(read(helper_mod))
setattr(helper_mod, "".join(["val", "ue"]), "via setattr")
print(read(helper_mod), helper_mod.get())

# Deleting the attribute: the module's __getattr__ (PEP 562) then answers.
del helper_mod.value
try:
    read(helper_mod)
except AttributeError as e:
    print("AttributeError:", e)
print(helper_mod.dynamic)
helper_mod.value = "back"
print(read(helper_mod))

# math functions replaced and restored.
real_sqrt = math.sqrt
math.sqrt = lambda x: "patched"
print(sqrt2())
math.sqrt = real_sqrt
print(sqrt2())

# A module without __getattr__.
m = types.ModuleType("plain")
m.value = "plain value"
print(read(m))
del m.value
try:
    read(m)
except AttributeError as e:
    print("AttributeError:", e)

# Module subclasses keep the generic path (properties, __getattr__).
class Fancy(types.ModuleType):
    @property
    def value(self):
        return "property on " + self.__name__


f = Fancy("fancy")
print(read(f))
sys.modules["fancy"] = f
print(read(sys.modules["fancy"]))
s1 = "".join(["fresh", "text"])
print(sys.intern(s1) is s1, sys.intern("".join(["fresh", "text"])) is s1)

# Interned names and constants: identity as in CPython.
a = "value"
b = "".join(["va", "lue"])
print(a == b, a is sys.intern(b), "value" is a)
print(read(helper_mod) is helper_mod.__dict__["value"])
