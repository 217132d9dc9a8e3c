"""Functional tools for creating and using iterators (cranepy's own
generator-based version)."""


class count:
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for first in it:
            total = first
            break
        else:
            return
    yield total
    if func is None:
        func = _add
    for element in it:
        total = func(total, element)
        yield total


class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    src = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(src)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class _Grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._done:
            raise StopIteration
        if p._tgtkey_pending:
            p._tgtkey_pending = False
            return p._currvalue
        p._advance()
        if p._done or p._currkey != self._key:
            raise StopIteration
        return p._currvalue


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._done = False
        self._started = False
        self._currkey = None
        self._currvalue = None
        self._grouper = None
        self._tgtkey_pending = False

    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._done = True
            return
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._started:
            self._started = True
            self._advance()
        elif self._grouper is not None:
            # Skip the rest of the current group.
            key = self._grouper._key
            if self._tgtkey_pending:
                self._tgtkey_pending = False
                self._advance()
            while not self._done and self._currkey == key:
                self._advance()
        if self._done:
            self._grouper = None
            raise StopIteration
        g = _Grouper(self, self._currkey)
        self._grouper = g
        self._tgtkey_pending = True
        return self._currkey, g


def _islice_arg(v, what):
    if v is None:
        return None
    try:
        i = v.__index__()
    except AttributeError:
        raise ValueError(what) from None
    return i


def islice(iterable, *args):
    n = len(args)
    if n == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if n > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
    if n == 1:
        start, stop, step = 0, args[0], 1
    else:
        start, stop = args[0], args[1]
        step = args[2] if n == 3 else 1
    stop = _islice_arg(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    start = _islice_arg(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    step = _islice_arg(step, 'Step for islice() must be a positive integer or None.')
    if start is None:
        start = 0
    if step is None:
        step = 1
    if stop is not None and stop < 0:
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if start < 0:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if step <= 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice_gen(iter(iterable), start, stop, step)


def _islice_gen(it, start, stop, step):
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield x
            nexti += step
        i += 1
        if stop is not None and nexti >= stop:
            # Consume up to stop like CPython, then finish.
            while i < min(nexti, stop):
                try:
                    next(it)
                except StopIteration:
                    return
                i += 1
            return


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.values = []
        self.start = 0


class _Tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        idx = self._pos - d.start
        if idx < len(d.values):
            v = d.values[idx]
        else:
            v = next(d.it)
            d.values.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _Tee(self._data, self._pos)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _Tee):
        first = iterable
    else:
        first = _Tee(_TeeData(iter(iterable)), 0)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


def zip_longest(*iterables, fillvalue=None):
    its = [iter(it) for it in iterables]
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            try:
                v = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = repeat(fillvalue)
                v = fillvalue
            values.append(v)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations_gen(pool, n, r)


def _permutations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
