# ExceptionGroup and except* (Python 3.11)
def validate(values):
    errors = []
    for v in values:
        if not isinstance(v, int):
            errors.append(TypeError(f"not an int: {v!r}"))
        elif v < 0:
            errors.append(ValueError(f"negative: {v}"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(values)


print(validate([1, 2, 3]))
try:
    validate([1, -2, "x", -4, 5.5])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    validate(["a"])
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg))
eg = ExceptionGroup("many", [ValueError(1), KeyError(2), ExceptionGroup("nested", [ValueError(3)])])
match_, rest = eg.split(ValueError)
print(repr(match_.exceptions[0]), len(match_.exceptions), [repr(e) for e in rest.exceptions])
only_keys = eg.subgroup(lambda e: isinstance(e, KeyError))
print(only_keys.message, only_keys.exceptions)
try:
    try:
        raise ExceptionGroup("g", [OSError("disk"), RuntimeError("boom")])
    except* OSError:
        print("handled OSError part")
except ExceptionGroup as remaining:
    print("remaining:", [repr(e) for e in remaining.exceptions])
