def smooth(x, steps):
    y = 0.0
    for _ in range(steps):
        y = y * 0.5 + x
    return y
