# LOAD_GLOBAL sites filled from the module's globals don't depend on the
# builtins; sites filled from the builtins still notice a global shadowing
# the name, a builtin rebound, added or deleted.
import builtins

LIMIT = 3


def read_limit():
    return LIMIT


def read_len(xs):
    return len(xs)


def read_extra():
    return extra_builtin()  # noqa: F821


results = []
for round_ in range(4):
    results.append(read_limit())
    results.append(read_len([1, 2, 3]))
    if round_ == 0:
        # builtins gain and lose keys: globals-filled sites stay valid
        builtins.some_new_name = 1
        del builtins.some_new_name
    if round_ == 1:
        LIMIT = 30
        builtins.LIMIT = "shadowed by the module global"
    if round_ == 2:
        len = lambda xs: -1  # noqa: E731
    if round_ == 3:
        del len
print(results)

builtins.extra_builtin = lambda: "from builtins"
print(read_extra())
builtins.extra_builtin = lambda: "rebound in builtins"
print(read_extra())


def extra_builtin():
    return "module global shadows it"


print(read_extra())
del extra_builtin
print(read_extra())
del builtins.extra_builtin
try:
    read_extra()
except NameError as e:
    print("NameError:", e)
del LIMIT
try:
    print(read_limit())
except NameError as e:
    print("NameError:", e)
print(read_limit.__globals__ is globals(), builtins.LIMIT)
del builtins.LIMIT
