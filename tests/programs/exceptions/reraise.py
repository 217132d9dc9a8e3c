# Re-raising exceptions with bare raise and raise e
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2


def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("  wrapper logging and re-raising")
        raise


def convert(n):
    try:
        return wrapper(n)
    except ValueError as e:
        print("  convert caught:", e)
        raise RuntimeError("conversion failed") from e


for n in [5, -1]:
    try:
        print("result", convert(n))
    except RuntimeError as e:
        print("top level:", e, "| cause:", e.__cause__)
saved = None
try:
    try:
        {}["missing"]
    except KeyError as e:
        saved = e
        raise
except KeyError as e:
    print("re-raised same object:", e is saved, repr(e))
try:
    raise saved
except KeyError as e:
    print("raised again later:", e)


def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except ZeroDivisionError as e:
            print(f"  attempt {i} failed: {e}")
            last = e
    raise last


print(retry(lambda i: 10 / (i - 2) if i < 3 else 10 / i, 5))
try:
    retry(lambda i: 1 / 0, 2)
except ZeroDivisionError as e:
    print("gave up:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
