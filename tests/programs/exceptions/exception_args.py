# Exception args, str() and repr()
excs = [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError("k", "v"),
        IndexError(3), OSError("os"), RuntimeError(None), TypeError(["list"]), Exception(("tuple",))]
for e in excs:
    print(repr(e), "|", str(e), "|", e.args)


class WithInit(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


class CustomStr(Exception):
    def __str__(self):
        return f"custom[{', '.join(map(str, self.args))}]"


w = WithInit(404, "not found")
print(repr(w), str(w), w.args, w.code)
n = NoSuper(7)
print(repr(n), repr(str(n)), n.args, n.code)
c = CustomStr(1, 2)
print(repr(c), str(c), c.args)
try:
    raise WithInit(500, "server")
except WithInit as e:
    code, detail = e.args
    print(code, detail, f"{e}", "%s" % e)
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
print(str(KeyError("quoted")), str(KeyError()), str(KeyError(1, 2)))
print(isinstance(ValueError("v"), Exception), ValueError("a") == ValueError("a"))
