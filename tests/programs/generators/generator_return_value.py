# Return values from generators and StopIteration.value
def gen_with_return(n):
    for i in range(n):
        yield i
    return f"produced {n} values"


g = gen_with_return(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", repr(e.value), "| args =", e.args)


def average_collector():
    values = []
    while True:
        v = yield
        if v is None:
            break
        values.append(v)
    return sum(values) / len(values) if values else 0.0


def driver(data):
    result = yield from average_collector()
    return result


def run(data):
    d = driver(data)
    next(d)
    for x in data:
        d.send(x)
    try:
        d.send(None)
    except StopIteration as e:
        return e.value


print(run([1, 2, 3, 4]), run([]), run([10]))


def empty_return():
    return "nothing yielded"
    yield


e = empty_return()
print(list(e))
try:
    next(empty_return())
except StopIteration as exc:
    print(exc.value)


def bad():
    yield 1
    raise StopIteration("not allowed inside generators")


try:
    list(bad())
except RuntimeError as err:
    print(type(err).__name__, err, "| cause:", type(err.__cause__).__name__)
