"""Asynchronous I/O scheduling: futures, tasks and a single-threaded event
loop whose ready queue and timer heap live in the runtime (`_asyncio`).

The scheduling rules follow CPython 3.11 exactly (a task steps from the
ready queue, a completed future schedules its callbacks with call_soon,
`sleep(0)` yields one loop iteration) so interleaved output matches.
"""

import _asyncio

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


TimeoutError = TimeoutError
CancelledError.__module__ = 'asyncio.exceptions'
InvalidStateError.__module__ = 'asyncio.exceptions'
QueueEmpty.__module__ = 'asyncio.queues'
QueueFull.__module__ = 'asyncio.queues'

_running_loop = None


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _report(self, exc):
        self._loop.call_exception_handler({
            'message': 'Exception in callback ' + repr(self._callback),
            'exception': exc,
            'handle': self,
        })

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._report(exc)


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    pass


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._stopping = False
        self._closed = False
        self._running = False
        # Live tasks in creation order; a dict so finishing one is O(1).
        self._tasks = {}

    def time(self):
        return _asyncio.time()

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, self)
        _asyncio.call_soon(h)
        return h

    def call_at(self, when, callback, *args, context=None):
        h = TimerHandle(when, callback, args, self)
        _asyncio.call_at(when, h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        if name is None:
            # (One keyword argument fewer to bind: every task comes here.)
            return Task(coro, loop=self)
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        self._running = True
        old = _running_loop
        _running_loop = self
        try:
            while True:
                if not _asyncio.run_once():
                    raise RuntimeError('Event loop stopped before Future completed.')
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old

    def run_until_complete(self, future):
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def close(self):
        self._closed = True
        _asyncio.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def call_exception_handler(self, context):
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in ('future', 'task', 'handle'):
            if key in context:
                lines.append(key + ': ' + repr(context[key]))
        exc = context.get('exception')
        print('\n'.join(lines), file=sys.stderr)
        if exc is not None:
            # CPython logs with exc_info: the full traceback report follows.
            import traceback
            traceback.print_exception(exc, file=sys.stderr)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut._loop.stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    if _running_loop is None:
        return new_event_loop()
    return _running_loop


def new_event_loop():
    return _EventLoop()


def current_task(loop=None):
    if loop is None:
        get_running_loop()
    return _asyncio.current_task()


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


class Future:
    _asyncio_future_blocking = False
    _state = _PENDING
    _result = None
    _exception = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def _kind(self):
        return 'Future'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=' + repr(self._exception))
            else:
                info.append('result=' + repr(self._result))
        return info

    def __repr__(self):
        return '<' + self._kind() + ' ' + ' '.join(self._repr_info()) + '>'

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            'message': self._kind() + ' exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for cb in callbacks:
            # loop.call_soon(cb, self) as a native queue entry: the handle
            # is never seen by anyone, so none is made.
            _asyncio.call_soon_callback(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f is not fn and f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ': ' + repr(self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ': ' + repr(self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        # The state itself, not done(): like CPython's C future iterator.
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _format_coroutine(coro):
    """`name() running at file:line` while the coroutine has a frame,
    `name() done, defined at file:line` once it finished."""
    name = (getattr(coro, '__qualname__', None) or 'coroutine') + '()'
    code = getattr(coro, 'cr_code', None)
    if code is None:
        return name
    if coro.cr_frame is not None:
        line = _asyncio.coro_lineno(coro) or code.co_firstlineno
        return name + ' running at ' + code.co_filename + ':' + str(line)
    return name + ' done, defined at ' + code.co_filename + ':' + str(code.co_firstlineno)


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        # Future.__init__, inlined: every task runs it. `_state` first: an
        # instance value, not the class attribute, is found at once by the
        # native step's attribute sites.
        self._state = _PENDING
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got ' + repr(coro))
        # Only a task without a name takes a number (CPython 3.11's C
        # Task); asyncio.create_task(name=...) names it after it took one.
        if name is None:
            self._name = 'Task-' + str(_asyncio.next_task_number())
        else:
            self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        # Is a plain step of this task in the ready queue (as a native
        # entry, `_asyncio.call_soon_step`)?
        # The first step: `_schedule_step()` without its call.
        self._step_queued = True
        _asyncio.call_soon_step(self)
        self._loop._tasks[self] = None

    def _kind(self):
        return 'Task'

    def _repr_info(self):
        info = Future._repr_info(self)
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, 'name=' + repr(self._name))
        info.insert(2, 'coro=<' + _format_coroutine(self._coro) + '>')
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=' + repr(self._fut_waiter))
        return info

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _finish(self):
        self._loop._tasks.pop(self, None)

    # A task steps in the native core (`_asyncio`'s `run_once` and
    # `step`): it resumes the coroutine and calls the methods below for what
    # it yielded or how it ended. `_step` is the whole step in Python, for
    # the rare cases (a pending cancellation, an exception to throw in, a
    # task that is already done).

    def _step(self, exc=None):
        # The state itself, not done(): like CPython's C step.
        if self._state != _PENDING:
            raise InvalidStateError('_step(): already done: ' + repr(self))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        prev = _asyncio.swap_current_task(self)
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            self._step_return(stop.value)
        except (CancelledError, KeyboardInterrupt, SystemExit) as err:
            if self._step_raise(err):
                raise
        except BaseException as err:
            # CPython steps tasks in C: the traceback starts in the coroutine.
            tb = err.__traceback__
            if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
                err = err.with_traceback(tb.tb_next)
            self._step_raise(err)
        else:
            self._handle_yield(result)
        finally:
            _asyncio.swap_current_task(prev)

    def _step_return(self, value):
        """The coroutine returned `value`."""
        self._finish()
        if self._must_cancel:
            self._must_cancel = False
            Future.cancel(self, msg=self._cancel_message)
        else:
            Future.set_result(self, value)

    def _step_raise(self, err):
        """The coroutine raised `err`. True when the loop must stop with it
        (KeyboardInterrupt, SystemExit)."""
        self._finish()
        if isinstance(err, CancelledError):
            self._cancelled_exc = err
            Future.cancel(self)
            return False
        Future.set_exception(self, err)
        return isinstance(err, (KeyboardInterrupt, SystemExit))

    def _report_step_error(self, exc):
        """An exception escaped a step the ready queue ran (as CPython
        reports an exception in a callback)."""
        Handle(self._step, (), self._loop)._report(exc)

    def _handle_yield(self, result):
        if result is None:
            # A bare yield (sleep(0)): None has no _asyncio_future_blocking,
            # so skip the failing attribute lookup.
            self._schedule_step()
            return
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if blocking:
                if result is self:
                    err = RuntimeError('Task cannot await on itself: ' + repr(self))
                    self._schedule_step(err)
                    return
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                err = RuntimeError('yield was used instead of yield from in task '
                                   + repr(self) + ' with ' + repr(result))
                self._schedule_step(err)
        else:
            err = RuntimeError('Task got bad yield: ' + repr(result))
            self._schedule_step(err)

    def _schedule_step(self, *args):
        if not args and not self._step_queued:
            # The ready queue's native entry for a plain step: no handle.
            self._step_queued = True
            _asyncio.call_soon_step(self)
        else:
            self._loop.call_soon(self._step, *args)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            _asyncio.step(self)


def _report_callback_error(callback, arg, exc):
    """An exception escaped a done callback `callback(arg)` that
    `_asyncio.call_soon_callback` queued."""
    Handle(callback, (arg,), arg._loop)._report(exc)


_asyncio.set_hooks(_PENDING, _report_callback_error)


def create_task(coro, *, name=None, context=None):
    # As CPython 3.11's: the task takes a number, then gets its name.
    task = get_running_loop().create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


class _AwaitableWrapper:
    def __init__(self, awaitable):
        self._awaitable = awaitable

    def __await__(self):
        return (yield from self._awaitable.__await__())


async def _wrap_awaitable(awaitable):
    return await _AwaitableWrapper(awaitable)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


_ONE_NONE = (None,)


class _Yield:
    # Yields None once, like CPython's `__sleep0()`. A plain generator
    # method: `await _YIELD` runs its first step at once and makes its
    # generator only as it suspends (`rt_await_value`).
    def __await__(self):
        yield


_YIELD = _Yield()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _YIELD
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    state = [0, 0]  # futures, finished
    loop = None
    outer = None

    def _done_callback(fut):
        state[1] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[1] == state[0]:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key not in seen:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            state[0] += 1
            seen[key] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = seen[key]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got ' + repr(main))
    loop = new_event_loop()
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            # Like CPython's, a task of its own (it takes a task number).
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        return loop


class Event(_LoopBound):
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock(_LoopBound):
    def __init__(self):
        self._waiters = None
        self._locked = False

    def locked(self):
        return self._locked

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def acquire(self):
        if not self._locked and (self._waiters is None
                                 or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Semaphore(_LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
            raise
        finally:
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Queue(_LoopBound):
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        # FIFO items live in _queue[_head:]; popping the front only advances
        # _head (list.pop(0) would move every remaining item).
        self._queue = []
        self._head = 0

    def _get(self):
        # (Locals: each attribute access costs more than a local's.)
        q = self._queue
        head = self._head
        item = q[head]
        q[head] = None
        head += 1
        if head == len(q):
            q.clear()
            head = 0
        elif head > 16 and head * 2 > len(q):
            del q[:head]
            head = 0
        self._head = head
        return item

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue) - self._head

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return len(self._queue) == self._head

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        finished = self._finished
        if finished._value:
            finished.clear()
        if self._getters:
            self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        if self._putters:
            self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not ' + type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not ' + type(fs).__name__)
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    done = Queue()
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class Timeout:
    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def expired(self):
        return self._expired

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
        self._when = when
        if when is None:
            self._handle = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            if self._task.uncancel() == 0:
                raise TimeoutError from exc_val
        return None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
