# Different ways to raise: class, instance, non-exception objects
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)
try:
    raise ValueError("instance")
except ValueError as e:
    print("raised instance:", repr(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)


def fail(exc_type, msg):
    raise exc_type(msg)


for t in (KeyError, IndexError, OSError):
    try:
        fail(t, "generated")
    except Exception as e:
        print(type(e).__name__, repr(e))
error = RuntimeError("reused")
for i in range(2):
    try:
        raise error
    except RuntimeError as e:
        print(i, e is error)
try:
    raise StopIteration("manual")
except StopIteration as e:
    print("StopIteration value:", e.value)
