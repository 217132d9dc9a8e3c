# Closures capturing variables from enclosing scopes
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return list(items)

    return add


acc = make_accumulator()
acc(1)
acc(2)
print(acc(3))


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x

        return inner()

    return middle()


print(outer())


def make_ops(n):
    return {"add": lambda x: x + n, "mul": lambda x: x * n, "pow": lambda x: x ** n}


ops = make_ops(3)
print(ops["add"](10), ops["mul"](10), ops["pow"](2))


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib, cache


fib, cache = memo_fib()
print(fib(60), len(cache))


def shared_state():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


get, set_ = shared_state()
set_(42)
print(get())
print(c1.__closure__ is not None, len(c1.__closure__))
