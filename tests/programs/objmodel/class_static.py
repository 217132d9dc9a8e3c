# classmethod and staticmethod: binding rules and alternative constructors.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class EuroDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(EuroDate.from_string("2023-01-15"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.count, EuroDate.count)
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
bound = EuroDate.from_string
print(bound.__self__ is EuroDate, bound.__func__ is cm.__func__)
print(Date.is_leap is sm.__func__)
print(callable(sm))
print(sm(2024))


def helper(cls):
    return cls.__name__


Date.name_of = classmethod(helper)
print(EuroDate.name_of(), Date(2, 2, 2).name_of())
