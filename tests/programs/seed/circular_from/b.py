print("b: start")
try:
    from a import x
except ImportError as e:
    print("ImportError:", e)
    print("name:", e.name)
    print("path ends with a.py:", e.path.endswith("a.py"))
import sys
print("a in sys.modules:", "a" in sys.modules)
print("a has x yet:", hasattr(sys.modules["a"], "x"))
print("b: end")
