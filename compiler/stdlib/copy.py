"""Shallow and deep copy operations (cranepy's own version)."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0),
           property)


def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple containing itself was copied meanwhile.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    rv = None
    if getattr(cls, '__reduce__', None) is not getattr(object, '__reduce__', None):
        rv = x.__reduce__()
        if isinstance(rv, str):
            return x
    if rv is not None:
        func, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        if deep:
            args = deepcopy(args, memo)
        y = func(*args)
        if deep:
            memo[id(x)] = y
    else:
        y = object.__new__(cls)
        if deep:
            memo[id(x)] = y
        state = getattr(x, '__dict__', None)
        slots = []
        for klass in cls.__mro__:
            for name in klass.__dict__.get('__slots__', ()):
                if isinstance(klass.__dict__.get('__slots__'), str):
                    name = klass.__dict__['__slots__']
                if name not in ('__dict__', '__weakref__') and hasattr(x, name):
                    slots.append((name, getattr(x, name)))
        for name, value in slots:
            if deep:
                value = deepcopy(value, memo)
            object.__setattr__(y, name, value)
        if state:
            state = dict(state)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y
