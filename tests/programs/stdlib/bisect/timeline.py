from bisect import bisect_left, bisect_right, insort_left

events = []
for t, name in [(30, "lunch"), (10, "standup"), (50, "review"), (20, "coding"), (30, "call")]:
    insort_left(events, (t, name))
print(events)
times = [t for t, _ in events]


def between(lo, hi):
    return events[bisect_left(times, lo):bisect_right(times, hi)]


print(between(15, 30), between(31, 49), between(0, 100) == events)


def find(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError("not found")


print(find(times, 30), find(times, 50))
try:
    find(times, 31)
except ValueError as e:
    print("ValueError", e)
scores = sorted([88, 92, 79, 65, 95, 70])
print([bisect_right(scores, s) / len(scores) for s in (70, 90, 100)])
