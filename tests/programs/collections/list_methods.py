# list methods
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.extend(range(2))
xs.insert(0, 2)
xs.insert(100, 6)
xs.insert(-1, 7)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(1), xs.index(4), xs.count(1), xs.count(42))
print(xs.index(9, 2), xs.index(0, 3, 7))
ys = xs.copy()
xs.reverse()
print(xs, ys, xs is ys)
xs.clear()
print(xs, ys)
zs = list("hello")
zs += "!!"
print(zs, zs * 2, [0] * 4, [] * 10)
print([1, 2] + [3], list(range(3)) + list("ab"))
nums = [5, 2, 8, 1, 9, 3]
print(sum(nums), max(nums), min(nums), sorted(nums), nums)
for name, fn in [("remove", lambda: nums.remove(42)), ("index", lambda: nums.index(42)),
                 ("pop", lambda: [].pop()), ("pop-idx", lambda: nums.pop(20))]:
    try:
        fn()
    except (ValueError, IndexError) as e:
        print(name, type(e).__name__, e)
print(nums)
