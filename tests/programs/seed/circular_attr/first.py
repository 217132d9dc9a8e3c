import second

value = "first-value"


def describe():
    return "first sees " + second.value
