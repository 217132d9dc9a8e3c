# collections.abc structural checks and mixin methods.
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Callable, Hashable, Sized, Container,
                             Set, Generator, Reversible, Collection)
import collections.abc


def gen():
    yield 1


checks = [
    ([], (Iterable, Sequence, MutableSequence, Hashable, Sized, Container, Iterator)),
    ((1,), (Sequence, MutableSequence, Hashable)),
    ("s", (Sequence, Iterable, Hashable)),
    ({}, (Mapping, MutableMapping, Iterable)),
    ({1}, (Set, Hashable, Collection)),
    (frozenset(), (Set, Hashable)),
    (iter([1]), (Iterator, Iterable)),
    (gen(), (Generator, Iterator)),
    (len, (Callable,)),
    (lambda: 0, (Callable, Hashable)),
    (5, (Hashable, Iterable, Callable)),
    (range(3), (Sequence, Reversible)),
]
for obj, abcs in checks:
    print(type(obj).__name__, [isinstance(obj, a) for a in abcs])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Squares(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)))


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


st = Store()
st.update(a=1, b=2)
st.setdefault("c", 3)
print(dict(st), st.get("z", "none"), st.pop("a"), "b" in st, list(st.keys()), list(st.items()))
print(st == {"b": 2, "c": 3}, isinstance(st, Mapping))
try:
    Sequence()
except TypeError as e:
    print(e)
print(collections.abc.Sized.__name__, issubclass(list, collections.abc.Collection))
