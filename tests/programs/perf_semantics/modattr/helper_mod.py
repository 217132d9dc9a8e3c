value = 1


def get():
    return value


def __getattr__(name):
    if name == "dynamic":
        return "from module __getattr__"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
