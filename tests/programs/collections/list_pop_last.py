# xs.pop() of the last item (the runtime's frameless path) and everything
# it hands to list.pop's argument handling.
todo = [1, "two", 3.0, 10**20]
out = []
while todo:
    out.append(todo.pop())
print(out, todo)

try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

xs = [1, 2, 3, 4, 5]
print(xs.pop(0), xs.pop(-1), xs.pop(1), xs)
try:
    xs.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    xs.pop("a")
except TypeError as e:
    print("TypeError:", e)
print(xs.pop(True), xs)


class L(list):
    def pop(self, *a):
        return ("sub", super().pop(*a))


ys = L([1, 2, 3])
print(ys.pop(), ys.pop(0), ys)

# Popping while iterating, and the popped object's lifetime.
class D:
    def __del__(self):
        print("del D")


zs = [D(), D()]
zs.pop()
print("after first pop")
d = zs.pop()
print("holding", len(zs))
del d
print("done")

stack = [[i, [i]] for i in range(5)]
total = 0
while stack:
    a, b = stack.pop()
    total += a + b[0]
    if a == 3:
        stack.append([10, [10]])
print(total)
