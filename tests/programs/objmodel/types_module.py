# The types module: names of built-in types, SimpleNamespace, new_class.
import sys
import types


def f(a, b=2):
    return a + b


async def co():
    pass


def gen():
    yield 1


class C:
    def m(self):
        return "m"


print(types.FunctionType is type(f), types.LambdaType is types.FunctionType)
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType))
print(isinstance(gen(), types.GeneratorType), isinstance(f.__code__, types.CodeType))
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(C.__dict__, types.MappingProxyType), types.NoneType is type(None))
print(types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(isinstance(list[int], types.GenericAlias), isinstance(int | None, types.UnionType))
print(types.FunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
print(types.GeneratorType.__name__, types.CodeType.__name__, types.NoneType.__name__)
print(types.CellType.__name__, types.FrameType.__name__, types.TracebackType.__name__)

m = types.ModuleType("made", "its doc")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
bound = types.MethodType(lambda self, y: (self, y), 5)
print(bound(6), bound.__self__)
print(types.MappingProxyType({"k": 1})["k"])

ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b, ns.__dict__)
ns.c = [1]
del ns.a
print(ns, ns == types.SimpleNamespace(b="x", c=[1]), ns != 5, ns == 5)
ns.me = ns
print(ns)
print(types.SimpleNamespace(), types.SimpleNamespace)


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
for args in ((1, 2), (len, None), (len,)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
print(f.__call__(1), f.__call__(1, b=5), C().m.__call__(), len.__call__([1, 2]))
print(repr(f.__call__).split(" at ")[0])


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


N = types.new_class("N", (C,), {"metaclass": Meta}, lambda ns: ns.update(v=3))
print(N.__name__, type(N).__name__, N.v, N.made_by, N().m())
print(types.resolve_bases((C, int)) == (C, int))
print(types.prepare_class("P", (C,))[0] is type)
