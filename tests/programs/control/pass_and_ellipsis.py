# pass statements, Ellipsis and empty bodies
def todo():
    pass


def stub():
    ...


class Empty:
    pass


class WithDoc:
    """Only a docstring."""


print(todo(), stub(), Empty.__name__, WithDoc.__doc__)
for i in range(3):
    pass
print("loop var", i)
if True:
    pass
else:
    print("never")
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...))
x = ...
if x is Ellipsis:
    print("x is Ellipsis")
print(bool(...), str(Ellipsis))
e = Empty()
e.attr = 1
print(e.attr, isinstance(e, Empty))
match 5:
    case 5:
        pass
print("match with pass body")
