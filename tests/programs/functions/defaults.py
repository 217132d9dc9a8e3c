# Default argument values
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
counter = 10


def snapshot(value=counter):
    return value


counter = 20
print(snapshot(), snapshot(5))


def power(base, exp=2, mod=None):
    result = base ** exp
    return result % mod if mod is not None else result


print(power(3), power(3, 3), power(3, 3, 5), power(2, mod=3), power(exp=0, base=9))


def describe(x, label=None, tags=()):
    label = label or "item"
    return f"{label}:{x}:{','.join(tags) or '-'}"


print(describe(1), describe(2, "thing"), describe(3, tags=("a", "b")))
print(greet.__defaults__, power.__defaults__, describe.__defaults__)


def f(a, b=[1, 2][0] + 10, c=len("abc")):
    return a, b, c


print(f(0), f(0, 1), f(0, c=9))
