x = 42


def global_func():
    return x
