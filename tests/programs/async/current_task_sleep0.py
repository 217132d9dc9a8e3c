# current_task() inside and between tasks, automatic task names, and
# cancelling tasks suspended in sleep(0) (the bare-yield fast path).
import asyncio


async def who(tag, log):
    log.append((tag, asyncio.current_task().get_name()))
    await asyncio.sleep(0)
    log.append((tag, asyncio.current_task().get_name()))
    return tag


async def spinner(log):
    try:
        while True:
            await asyncio.sleep(0)
            log.append('spin')
    except asyncio.CancelledError as e:
        log.append('cancelled ' + repr(e.args))
        raise


async def result_after_sleep0():
    return await asyncio.sleep(0, result='value')


async def main():
    print(asyncio.current_task().get_name())
    log = []
    tasks = [asyncio.create_task(who(i, log)) for i in range(3)]
    named = asyncio.create_task(who('n', log), name='custom')
    print(await asyncio.gather(*tasks, named))
    print(log)
    print([t.get_name() for t in tasks])
    print(asyncio.current_task().get_name())

    log = []
    s = asyncio.create_task(spinner(log))
    for _ in range(3):
        await asyncio.sleep(0)
    s.cancel('stop')
    try:
        await s
    except asyncio.CancelledError as e:
        print('awaited cancel', e.args)
    print(log, s.cancelled())
    print(await result_after_sleep0())

    c = asyncio.sleep(0)
    print(type(c).__name__, c.__qualname__)
    c.close()


try:
    asyncio.current_task()
except RuntimeError as e:
    print('outside:', e)
asyncio.run(main())
asyncio.run(main())
