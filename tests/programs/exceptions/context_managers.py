# with statements and context-manager classes
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print(f"exit {self.name} ({status})")
        return self.suppress

    def use(self):
        return f"using {self.name}"


with Resource("a") as r:
    print(r.use())
with Resource("b", suppress=True):
    print("raising inside b")
    raise ValueError("swallowed")
print("after b: exception suppressed")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", repr(e))


def find(items, target):
    with Resource("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
    return -1


print("found at", find([3, 5, 7], 5))
with Resource("outer") as o, Resource("inner") as i:
    print(o.name, i.name)


class Timer:
    def __init__(self):
        self.ticks = 0

    def __enter__(self):
        self.ticks = 0
        return self

    def __exit__(self, *exc_info):
        print("timer stopped at", self.ticks, "exc:", exc_info[0])
        return False

    def tick(self):
        self.ticks += 1


with Timer() as t:
    for _ in range(5):
        t.tick()
print(t.ticks)
