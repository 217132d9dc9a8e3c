# __init_subclass__ and __class_getitem__ hooks.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"registered {key} -> {cls.__qualname__}")


class CsvPlugin(Plugin, name="csv"):
    pass


class JsonPlugin(Plugin):
    pass


class PrettyJson(JsonPlugin, name="pretty"):
    pass


print(sorted(Plugin.registry))
print(Plugin.registry["pretty"].__mro__[1].__name__)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int])
print(Box["x"])
print(list[int], dict[str, int])
print(type(list[int]).__name__)


class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return tuple(p.__name__ for p in params)


print(Typed[int, str])
try:
    Plugin[int]
except TypeError as e:
    print("TypeError:", e)
