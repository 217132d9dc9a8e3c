# The name bound by "except ... as e" is deleted at the end of the handler
e = "before"
try:
    raise ValueError("temporary")
except ValueError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print("saved survives:", type(saved).__name__, saved)


def handler():
    try:
        raise KeyError("k")
    except KeyError as problem:
        message = str(problem)
    return message, "problem" in locals()


print(handler())
for attempt in range(2):
    try:
        if attempt == 0:
            raise RuntimeError("first")
        print("second attempt ok")
    except RuntimeError as err:
        print("attempt", attempt, "failed:", err)
print(type(saved.__traceback__).__name__, saved.__traceback__ is not None)
