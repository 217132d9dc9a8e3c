# The gc module's interface: enable/disable, thresholds, arguments and their
# error messages.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.garbage, gc.callbacks)
print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect(generation=2))
print(type(gc.collect()).__name__)

calls = [
    lambda: gc.enable(1),
    lambda: gc.disable(1),
    lambda: gc.isenabled(1),
    lambda: gc.get_threshold(1),
    lambda: gc.get_count(1),
    lambda: gc.collect(3),
    lambda: gc.collect(-1),
    lambda: gc.collect("x"),
    lambda: gc.collect(2.0),
    lambda: gc.collect(1, 2),
    lambda: gc.collect(gen=1),
    lambda: gc.set_threshold(),
    lambda: gc.set_threshold(1, 2, 3, 4),
    lambda: gc.set_threshold("a"),
]
for call in calls:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# A disabled collector still collects on request.
gc.disable()
x = []
x.append(x)
del x
print(gc.collect())
gc.enable()
