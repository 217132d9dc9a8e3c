# __enter__ / __exit__: resources, suppression, and nesting.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {kind} {exc!r}")
        return self.suppress


with Resource("a") as r:
    print("body", r)

with Resource("outer", suppress=True), Resource("inner") as i:
    print("inner value", i)
    raise KeyError("boom")
print("after suppressed")

try:
    with Resource("strict"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)


def early():
    with Resource("ret"):
        return "returned"


print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
