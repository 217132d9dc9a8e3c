# Automatic task names count every task, including the shutdown tasks
# asyncio.run and run_until_complete create, and named tasks.
import asyncio
async def m():
    print(asyncio.current_task().get_name())
asyncio.run(m())
asyncio.run(m())
loop = asyncio.new_event_loop()
loop.run_until_complete(m())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.run_until_complete(m())


loop.close()


async def w():
    pass


async def named():
    for n in ('a', 'b', None, 7):
        t = asyncio.create_task(w(), name=n)
        print(t.get_name())
        await t


asyncio.run(named())
