import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.perf_counter_ns()
c0 = time.process_time()
time.sleep(0.05)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
n1 = time.perf_counter_ns()
print("wall advanced", 0.04 <= t1 - t0 < 2.0)
print("perf advanced", 0.04 <= p1 - p0 < 2.0)
print("monotonic advanced", 0.04 <= m1 - m0 < 2.0)
print("ns advanced", 40_000_000 <= n1 - n0 < 2_000_000_000)
print(type(t0).__name__, type(n0).__name__, type(time.time_ns()).__name__)
print("epoch sane", time.time() > 1.6e9, abs(time.time_ns() / 1e9 - time.time()) < 1.0)
total = 0
for i in range(200000):
    total += i * i
c1 = time.process_time()
print("cpu", c1 >= c0, type(c1).__name__, total)
time.sleep(0)
for bad in [-1, "x", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
