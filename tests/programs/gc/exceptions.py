# Exceptions in reference cycles: an exception stored on the object that
# raised it, exceptions chained to each other, and exception arguments that
# refer back to their holder are all collected.
import gc

gc.disable()


class Job:
    def __init__(self, name):
        self.name = name
        self.error = None

    def run(self):
        try:
            raise RuntimeError(self)
        except RuntimeError as e:
            self.error = e


j = Job("first")
j.run()
print(type(j.error).__name__, j.error.args[0].name)
del j
print("job and its error:", gc.collect() >= 2)

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    saved = outer
print(repr(saved), repr(saved.__cause__), repr(saved.__context__))
saved.__cause__.partner = saved
del saved
print("chained pair:", gc.collect() >= 2)


class Failure(Exception):
    def __del__(self):
        print("Failure finalized:", self.args[0])


f = Failure("boom")
f.args = ("boom", f)
del f
print("self-referring args:", gc.collect())
print("again:", gc.collect())
