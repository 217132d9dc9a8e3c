# A hand-rolled dataclass-like base class (no imports)
class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unknown field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        defaults = getattr(self, "defaults", {})
        for f in self.fields:
            if f not in values:
                if f in defaults:
                    values[f] = defaults[f]
                else:
                    raise TypeError(f"missing field {f!r}")
            setattr(self, f, values[f])

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def asdict(self):
        return {f: getattr(self, f) for f in self.fields}

    def replace(self, **changes):
        return type(self)(**{**self.asdict(), **changes})

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())


class Point(Record):
    fields = ("x", "y")


class Employee(Record):
    fields = ("name", "dept", "salary")
    defaults = {"salary": 50000}


p = Point(1, 2)
print(p, p.astuple(), p.asdict(), p == Point(x=1, y=2), p == Point(2, 1))
print(p.replace(y=10), p)
e = Employee("Ann", dept="eng")
print(e, e.salary, e.replace(salary=60000))
print(len({Point(0, 0), Point(0, 0), Point(1, 1)}))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
staff = [Employee("Bo", "ops", 40000), Employee("Al", "eng", 70000), Employee("Cy", "eng")]
print(sorted(staff, key=lambda s: (s.dept, -s.salary)))
