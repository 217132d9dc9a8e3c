# getattr, setattr, hasattr, delattr, vars, dir
class Settings:
    theme = "dark"

    def __init__(self):
        self.width = 80
        self.height = 24


s = Settings()
print(getattr(s, "width"), getattr(s, "theme"), getattr(s, "missing", "fallback"), hasattr(s, "height"))
setattr(s, "width", 100)
setattr(s, "title", "Term")
print(s.width, s.title, vars(s))
delattr(s, "title")
print(hasattr(s, "title"), sorted(vars(s)))
try:
    getattr(s, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(s, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
for name in ["width", "height", "theme"]:
    print(name, getattr(s, name))
updates = {"width": 120, "height": 40, "font": "mono"}
for k, v in updates.items():
    setattr(s, k, v)
print(vars(s))
print([n for n in dir(s) if not n.startswith("_")])
print(getattr("abc", "upper")(), getattr([], "append").__name__, hasattr(5, "real"))
try:
    getattr(s, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
