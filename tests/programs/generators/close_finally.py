# Generator close(), finally blocks and GeneratorExit
def resource(name):
    print(f"  open {name}")
    try:
        for i in range(5):
            yield f"{name}-{i}"
    finally:
        print(f"  close {name}")


g = resource("file")
print(next(g), next(g))
g.close()
print("closed; next gives default:", next(g, "nothing"))
for item in resource("loop"):
    if item.endswith("1"):
        print("breaking at", item)
        break
print(list(resource("full")))


def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise


c = catches_exit()
next(c)
c.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
unstarted = resource("never")
unstarted.close()
print("closing an unstarted generator runs nothing")


def with_return():
    try:
        yield "x"
        return "ret"
    finally:
        print("  finally before StopIteration")


w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration value:", e.value)
