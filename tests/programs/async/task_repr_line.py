# Task reprs show where a suspended coroutine is waiting (its current line),
# the definition line before it starts, and "done, defined at" once finished.
import asyncio


async def napper(n):
    await asyncio.sleep(0)
    x = n + 1
    await asyncio.sleep(0)
    return x


async def waiter(fut):
    return await fut


async def main():
    t = asyncio.create_task(napper(1), name='nap')
    print(repr(t).replace(__file__, 'FILE'))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'))
    await t
    print(repr(t).replace(__file__, 'FILE'))
    fut = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(waiter(fut), name='w')
    await asyncio.sleep(0)
    print(repr(w).replace(__file__, 'FILE').split(' wait_for=')[0])
    fut.set_result(5)
    print(await w)
    print(repr(w).replace(__file__, 'FILE'))


asyncio.run(main())
