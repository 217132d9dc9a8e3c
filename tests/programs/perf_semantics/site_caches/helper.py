value = "helper.value"


def read():
    return value


def shadowed():
    return len("abc")
