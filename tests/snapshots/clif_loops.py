def walk(xs, d):
    total = 0
    for i in range(3):
        total += i
    for i, x in enumerate(xs):
        total += i * x
    for k, v in d.items():
        total += v
    return total
