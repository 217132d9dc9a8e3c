# The uncaught circular-import ImportError, as CPython reports it.
print("importing a")
import a
print("not reached")
