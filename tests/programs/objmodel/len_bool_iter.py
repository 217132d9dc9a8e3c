# __len__, __bool__, __iter__ and __next__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __iter__(self):
        return PlaylistIter(self.songs)


class PlaylistIter:
    def __init__(self, songs):
        self.songs = songs
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.songs):
            raise StopIteration
        self.i += 1
        return self.songs[self.i - 1]


p = Playlist("a", "b", "c")
print(len(p), bool(p), bool(Playlist()))
print(list(p), [s.upper() for s in p])
it = iter(p)
print(next(it), next(it), next(it), next(it, "done"))
print("b" in p, "z" in p)
a, *rest = p
print(a, rest)
print(sorted(p, reverse=True), "-".join(p))


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool called")
        return self.on


print("yes" if Flag(True) else "no")
print(not Flag(False))
print(Flag(True) and "and-result")


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1


print(list(Countdown(4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
