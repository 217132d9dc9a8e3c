# Code objects carry CPython's metadata for every function.
import mymodule


def show(f):
    c = f.__code__
    print(f.__qualname__)
    print("  co_name:", c.co_name)
    print("  co_qualname:", c.co_qualname)
    print("  co_filename:", c.co_filename)
    print("  co_firstlineno:", c.co_firstlineno)
    print("  co_argcount:", c.co_argcount)
    print("  co_posonlyargcount:", c.co_posonlyargcount)
    print("  co_kwonlyargcount:", c.co_kwonlyargcount)
    print("  co_nlocals:", c.co_nlocals)
    print("  co_varnames:", c.co_varnames)
    print("  co_cellvars:", c.co_cellvars)
    print("  co_freevars:", c.co_freevars)
    print("  co_names:", c.co_names)
    print("  co_flags:", c.co_flags)


show(mymodule.global_func)
show(mymodule.MyClass.__init__)
show(mymodule.MyClass.func1)
show(mymodule.MyClass.async_func)
print(mymodule.global_func.__code__)
print(mymodule.MyClass.func2.__code__)


def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    total = a + b

    def inner(y):
        return total + y + c

    return inner


show(outer)
show(outer(1, d=4))


def gen(n):
    for i in range(n):
        yield i


async def co():
    return len("x")


show(gen)
show(co)
show(lambda q: q * 2)
print(type(mymodule.global_func.__code__))


def factory():
    class Local:
        def method(self):
            return 1

    return Local


show(factory().method)
show(mymodule.MyClass.func2)
