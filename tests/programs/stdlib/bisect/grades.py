import bisect
from bisect import bisect_left, bisect_right, insort


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 4, 8]
print(bisect_left(a, 4), bisect_right(a, 4), bisect_left(a, 0), bisect_right(a, 9), bisect_left(a, 5))
print(bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3), bisect.bisect(a, 4, hi=2))
s = []
for x in [5, 1, 4, 1, 9, 2]:
    insort(s, x)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4.0)
print(s)
recs = [("ann", 20), ("bob", 31), ("cy", 45)]
print(bisect_left(recs, 31, key=lambda r: r[1]), bisect_right(recs, 31, key=lambda r: r[1]))
bisect.insort(recs, ("dee", 33), key=lambda r: r[1])
print(recs)
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
