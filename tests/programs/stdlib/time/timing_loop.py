import time


def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


timings = []
for n in [1000, 10000, 100000]:
    start = time.perf_counter()
    result = work(n)
    elapsed = time.perf_counter() - start
    timings.append(elapsed)
    print(n, result, elapsed >= 0.0)
start_ns = time.perf_counter_ns()
time.sleep(0.01)
print("slept", time.perf_counter_ns() - start_ns >= 10_000_000)
deadline = time.monotonic() + 0.02
spins = 0
while time.monotonic() < deadline:
    spins += 1
print("spun", spins > 0)
print(isinstance(time.time(), float), time.monotonic_ns() > 0, time.process_time_ns() >= 0)
try:
    time.time(1)
except TypeError as e:
    print("TypeError", e)
