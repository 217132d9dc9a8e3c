# finally: runs on every exit path, can override return values and swallow exceptions
def f_return():
    try:
        return "try"
    finally:
        print("  finally after return")


def f_override():
    try:
        return "try"
    finally:
        return "finally"


def f_swallow():
    try:
        raise ValueError("will be swallowed")
    finally:
        return "finally swallowed the exception"


def f_loop():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def f_mutation():
    data = [1]
    try:
        return data
    finally:
        data.append(2)


def f_value():
    x = 1
    try:
        return x
    finally:
        x = 2


def f_nested():
    log = []
    try:
        try:
            log.append("inner")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("caught")
    finally:
        log.append("outer finally")
    return log


print(f_return())
print(f_override())
print(f_swallow())
print(f_loop())
print(f_mutation(), f_value())
print(f_nested())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  finally in while", count)
print("count", count)
