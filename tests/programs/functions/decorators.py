# Decorators: simple, parameterized, stacked, class-based
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


def trace(fn):
    depth = [0]

    def wrapper(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        result = fn(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {fn.__name__} = {result}")
        return result
    return wrapper


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"


@repeat(3)
def roll(x):
    return x * 2


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


@CountCalls
def square(x):
    return x * x


@shout
@repeat(2)
def word():
    return "hey"


print(hello("world"), hello.__name__, hello.__doc__)
print(roll(21), roll.__name__)
fact(4)
print([square(i) for i in range(5)], square.calls)
try:
    print(word())
except AttributeError as e:
    print(type(e).__name__, e)
registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


@register("double")
def double(x):
    return 2 * x


@register("negate")
def negate(x):
    return -x


print(sorted(registry), [registry[k](5) for k in sorted(registry)], double(4))
