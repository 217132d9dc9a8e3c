# __annotations__ order: regular parameters, then positional-only, *args,
# keyword-only, **kwargs, return (CPython's compile order).
def f(a: 1, b: 2, /, c: 3, *d: 4, e: 5, **g: 6) -> 7:
    pass


print(f.__annotations__)
print(list(f.__annotations__))
