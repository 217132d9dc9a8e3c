from a import x


def use():
    return x
