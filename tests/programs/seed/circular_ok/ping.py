import pong

print("ping body runs; pong complete:", hasattr(pong, "pong"))


def ping(n):
    if n == 0:
        return "ping done"
    return pong.pong(n - 1)
