# f-string conversions (!r !s !a), the = specifier and nested fields
s = "café\n"
print(f"{s!r}|{s!s}|{s!a}")
print(f"{'tab	x'!r}|{42!r}|{3.0!s}|{'ü'!a}|{[1, 'a']!r}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return format(str(self), spec)


p = Point(3, 4)
print(f"{p}|{p!r}|{p!s}|{p:polar}|{p:>12}|{p!r:>15}|")
x = 10
y = "hi"
print(f"{x=}|{y=}|{x * 2 = }|{y=!s}|{x=:>5}|{x + 1=:#x}")
print(f"{p=}")
print(f"{p.x=}, {p.y * 10 = }")
d = {"a": [1, 2, {"k": "v"}]}
print(f"{d['a'][2]['k']}|{d['a'][0] + d['a'][1]}|{len(d)=}")
fmt = ".3f"
print(f"{3.14159:{fmt}}|{'x':{'^'}{7}}|{42:{'0'}{5}}")
values = [1, 22, 333]
w = max(len(str(v)) for v in values)
for v in values:
    print(f"[{v:>{w}}] [{v:<{w + 2}}] [{v:^{w * 2}}]")
print(f"{'nested ' + f'{x:03}'}|{f'{y!r}'}")
