# `from m import *` honours __all__, or skips underscore names without it.
from shapes import *
from colors import *

print(area(Circle(2)))
print(PI)
print(RED, GREEN, mix(RED, GREEN))
for name in ("helper_value", "_cache", "_private", "_secret", "Circle", "mix"):
    print(name, name in globals())
import shapes
print(shapes.__all__)
print(shapes._private())
import colors
print(hasattr(colors, "__all__"))
