# Calling an async function returns a coroutine object without running it.
import mymodule

log = []


async def fetch(n):
    log.append(n)
    return n * 2


obj = mymodule.MyClass("Alice")
coro = obj.async_func()
print(coro)
print(type(coro))
print(coro.__name__, coro.__qualname__)
print(coro.cr_code is mymodule.MyClass.async_func.__code__)
coro.close()

c2 = fetch(3)
print(c2)
print(log)
try:
    c2.send(None)
except StopIteration as e:
    print("finished with", e.value)
print(log)

c3 = fetch(5)
c3.close()
print(log)
print(mymodule.MyClass.async_func.__code__.co_flags & 0x80 != 0)
print(mymodule.MyClass.func1.__code__.co_flags & 0x80 != 0)
