RED = "#f00"
GREEN = "#0f0"
_secret = "hidden"


def mix(a, b):
    return a + b
