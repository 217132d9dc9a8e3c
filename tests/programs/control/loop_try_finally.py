# break/continue/return interacting with try/finally
def process(items):
    log = []
    for item in items:
        try:
            if item == "skip":
                continue
            if item == "stop":
                break
            log.append(item)
        finally:
            log.append(f"finally({item})")
    return log


print(process(["a", "skip", "b", "stop", "c"]))


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(early_return())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())


def count_attempts():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ValueError(f"attempt {attempts} failed")
            print("succeeded on attempt", attempts)
            break
        except ValueError as e:
            print("retrying:", e)
            continue
        finally:
            print("cleanup", attempts)
    return attempts


print(count_attempts())
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            continue
        print("body", i)
    finally:
        print("after", i)
