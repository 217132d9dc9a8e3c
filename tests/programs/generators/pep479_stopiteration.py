# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("inner")


def via_next(it):
    yield "start"
    yield next(it)
    yield next(it)


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
    print(e.__context__ is e.__cause__)

try:
    print(list(via_next(iter([10]))))
except RuntimeError as e:
    print("RuntimeError:", e)


def proper():
    yield 1
    return "value"


try:
    print(list(proper()))
    gen = proper()
    next(gen)
    next(gen)
except StopIteration as s:
    print("StopIteration value:", s.value)

try:
    print(next(g))
except StopIteration:
    print("finished generator raises plain StopIteration")


def catches():
    try:
        yield next(iter([]))
    except StopIteration:
        yield "handled inside"


print(list(catches()))
