# Each module body runs once; later imports reuse sys.modules.
import counter
import user
import counter as c2
from counter import bump

print(counter is c2)
print(bump(), counter.count)
print(counter.lazy_thing)
try:
    counter.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    import not_a_real_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from counter import nothing_here
except ImportError as e:
    print("ImportError:", e.msg if hasattr(e, "msg") else e)
import sys
del sys.modules["counter"]
import counter
print(counter is c2, counter.count)
