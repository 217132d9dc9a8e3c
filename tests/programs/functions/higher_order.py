# Higher-order functions: passing and returning functions
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def my_map(f, xs):
    return [f(x) for x in xs]


def my_filter(pred, xs):
    return [x for x in xs if pred(x)]


def my_reduce(f, xs, initial):
    acc = initial
    for x in xs:
        acc = f(acc, x)
    return acc


def partial(f, *bound, **bound_kw):
    def wrapper(*args, **kwargs):
        return f(*bound, *args, **{**bound_kw, **kwargs})
    return wrapper


print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
pipeline = compose(str, lambda v: v + 1, abs)
print(pipeline(-41), repr(pipeline(-41)))
nums = list(range(1, 11))
print(my_map(lambda v: v ** 2, nums))
print(my_filter(lambda v: v % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1), my_reduce(max, [3, 9, 2], 0))
print(my_reduce(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))
pow2 = partial(pow, 2)
greet = partial(lambda greeting, name, punct: f"{greeting} {name}{punct}", "Hi", punct="!")
print(pow2(10), greet("Ann"), greet("Bob", punct="?"))


def counter_factory():
    counts = {}

    def count(fn):
        def wrapped(*args):
            counts[fn.__name__] = counts.get(fn.__name__, 0) + 1
            return fn(*args)
        return wrapped

    return count, counts


count, counts = counter_factory()
abs_c = count(abs)
len_c = count(len)
print(abs_c(-3), abs_c(4), len_c("xyz"), counts)
funcs = [abs, str, len, bool, type]
print([f.__name__ for f in funcs], [f("") if f is not abs else f(-1) for f in funcs[:4]])
print(sorted(["b", "A", "c"], key=str.lower), list(map(len, ["", "ab", "abc"])))
