# Nested try statements and exceptions raised in handlers
def level3(x):
    if x == "type":
        raise TypeError("level3 type error")
    if x == "value":
        raise ValueError("level3 value error")
    return "ok"


def level2(x):
    try:
        return level3(x)
    except TypeError as e:
        return f"level2 handled: {e}"


def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        return f"level1 handled: {e}"
    finally:
        print(f"  level1 finally for {x!r}")


for x in ["ok", "type", "value"]:
    print(level1(x))
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        print("handling", repr(e))
        raise IndexError("second")
except IndexError as e:
    print("outer got", type(e).__name__, e, "context:", repr(e.__context__))
try:
    try:
        raise ValueError("original")
    finally:
        print("inner finally runs during propagation")
except ValueError as e:
    print("propagated:", e)
try:
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("from finally")
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
results = []
for value in ["1", "x", None, "3"]:
    try:
        try:
            results.append(int(value))
        except ValueError:
            results.append(-1)
    except TypeError:
        results.append("type")
print(results)
