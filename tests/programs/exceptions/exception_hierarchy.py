# Catching by base class, except clause order, tuples of types
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except (TypeError, ValueError) as e:
        return f"type/value: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"


for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), UnicodeDecodeError("utf-8", b"", 0, 1, "x"),
            ValueError(), RuntimeError(), NotImplementedError(), RecursionError(), AttributeError(), NameError(), UnboundLocalError(),
            StopIteration(), AssertionError(), FileNotFoundError(), LookupError()]:
    print(f"{type(exc).__name__:20} {classify(exc)}")
chain = lambda cls: " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [UnboundLocalError, FileNotFoundError, ZeroDivisionError, KeyError, UnicodeDecodeError, RecursionError, BaseException]:
    print(chain(cls))
try:
    raise LookupError("generic")
except KeyError:
    print("wrong")
except LookupError as e:
    print("generic lookup:", e)
handlers = (ValueError, TypeError)
try:
    int(None)
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
