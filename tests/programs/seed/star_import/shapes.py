__all__ = ["Circle", "area", "PI"]

PI = 3.14159
_cache = {}
helper_value = "not exported"


class Circle:
    def __init__(self, r):
        self.r = r


def area(c):
    return round(PI * c.r * c.r, 3)


def _private():
    return "private"
