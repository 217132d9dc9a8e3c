def classify(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 1:
            continue
        total += i
    while total > 100:
        total //= 2
    return "big" if total > 10 else "small"
