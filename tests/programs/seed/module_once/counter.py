print("counter body runs")
count = 0


def bump():
    global count
    count += 1
    return count


def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
