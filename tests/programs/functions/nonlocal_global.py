# global and nonlocal declarations
total = 0
calls = 0


def add(x):
    global total, calls
    total += x
    calls += 1


for v in [5, 10, 20]:
    add(v)
print(total, calls)


def read_global():
    return total * 2


print(read_global())


def shadow():
    total = "local"
    return total


print(shadow(), total)


def create_global():
    global created_later
    created_later = "made inside function"


create_global()
print(created_later)


def outer():
    level = "outer"

    def middle():
        nonlocal level
        level = "changed by middle"

        def inner():
            nonlocal level
            level += " and inner"

        inner()

    middle()
    return level


print(outer())


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def dec():
        nonlocal n
        n -= 1
        return n

    return inc, dec


inc, dec = counter_pair()
print(inc(), inc(), inc(), dec())


def broken():
    try:
        total += 1
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(broken())
