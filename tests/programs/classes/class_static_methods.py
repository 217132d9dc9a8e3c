# classmethod and staticmethod: alternative constructors and utilities
class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in_month(year, month):
        if month == 2:
            return 29 if Date.is_leap(year) else 28
        return 30 if month in (4, 6, 9, 11) else 31

    def day_of_year(self):
        return sum(self.days_in_month(self.year, m) for m in range(1, self.month)) + self.day

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"


class EuroDate(Date):
    def __repr__(self):
        return f"{self.day:02d}/{self.month:02d}/{self.year}"


d = Date.from_string("2024-03-15")
print(d, d.day_of_year(), Date.epoch(), Date.is_leap(2024), d.is_leap(1900))
e = EuroDate.from_string("2023-12-31")
print(e, type(e).__name__, e.day_of_year(), EuroDate.epoch())
print(Date.created, [Date.days_in_month(2024, m) for m in range(1, 13)])
print(sum(Date.days_in_month(2023, m) for m in range(1, 13)))


class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with clamp"


print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-1, 0, 10), MathUtil.describe(), MathUtil().describe())
