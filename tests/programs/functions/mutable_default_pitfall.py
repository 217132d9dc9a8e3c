# The mutable default argument pitfall and the None idiom
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket


def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_bad(1), append_bad(2), append_bad(3))
first = append_bad("x")
print(first is append_bad("y"), first)
print(append_good(1), append_good(2), append_good(3, [0]))
print(append_bad.__defaults__)


def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]


print([counter() for _ in range(5)])


def register(name, registry={}):
    registry[name] = len(registry)
    return registry


register("a")
register("b")
print(register("c"))
print(register("d", {}))
print(register("e"))
