# os.environ and os.getenv.
import os

KEY = "CRANEPY_OS_ENVIRON_TEST"
print(KEY in os.environ, os.getenv(KEY), os.getenv(KEY, "dflt"), os.environ.get(KEY))
os.environ[KEY] = "value"
print(KEY in os.environ, os.environ[KEY], os.getenv(KEY))
print(os.environ.setdefault(KEY, "other"), os.environ.setdefault(KEY + "_2", "new"))
del os.environ[KEY + "_2"]
print(os.environ.pop(KEY), KEY in os.environ)
try:
    os.environ[KEY]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ[KEY] = 1
except TypeError as e:
    print("TypeError", e)
try:
    os.environ[1]
except TypeError as e:
    print("TypeError", e)
print("PATH" in os.environ, isinstance(os.environ["PATH"], str))
print(len(os.environ) > 0, all(isinstance(k, str) for k in os.environ))
print(sorted(k for k in os.environ.keys() if k == "PATH"))
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~/x"), os.path.expanduser("~"), os.path.expanduser("a/~"))
os.environ["CRANEPY_V"] = "vv"
print(os.path.expandvars("$CRANEPY_V/${CRANEPY_V}/$NOPE_NOT_SET"))
