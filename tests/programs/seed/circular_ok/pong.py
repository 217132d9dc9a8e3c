import sys
import ping

print("pong body runs; ping is partial:", not hasattr(ping, "ping"))
print("ping in sys.modules:", sys.modules.get("ping") is ping)


def pong(n):
    if n == 0:
        return "pong done"
    return ping.ping(n - 1)
