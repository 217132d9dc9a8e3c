# A cycle of plain `import` statements works when names are used late.
import ping
import pong

print(ping.ping(3))
print(pong.pong(3))
print(ping.pong is pong, pong.ping is ping)
import sys
print([m for m in ("ping", "pong") if m in sys.modules])
