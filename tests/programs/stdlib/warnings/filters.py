import sys
import warnings

sys.stderr = sys.stdout


def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)


def noisy(n):
    warnings.warn("noisy call %d" % (n % 2))


print('default: once per location')
for i in range(4):
    noisy(i)
noisy(5)
warnings.warn("plain")
warnings.warn("categorised", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
old_api()

print('record')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    noisy(1)
    noisy(1)
    old_api()
    warnings.warn("bytes!", BytesWarning)
    print(len(w))
    for m in w:
        print(m.category.__name__, m.message, type(m.message).__name__, m.lineno, m.line,
              m.filename.endswith('filters.py'))
    print(str(w[0]).replace(w[0].filename, 'FILE'))
    print(issubclass(w[-1].category, Warning), w[-1].message.args)

print('error')
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', repr(e))
    warnings.simplefilter("ignore", UserWarning)
    noisy(0)
    try:
        old_api()
    except DeprecationWarning as e:
        print('caught', e)

print('filterwarnings')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", message=".*fatal")
    warnings.filterwarnings("ignore", category=FutureWarning, module="__main__")
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("don't skip me")
    warnings.warn("future", FutureWarning)
    try:
        warnings.warn("this is fatal")
    except UserWarning as e:
        print('fatal:', e)
    print([str(m.message) for m in w])

print('once and module')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.warn("repeated")
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
    warnings.warn("per module")
    print([str(m.message) for m in w])

print('formatting')
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  x = 1  ")))
warnings.showwarning("shown", RuntimeWarning, "somefile.py", 3)


def custom(message, category, filename, lineno, file=None, line=None):
    print('custom:', category.__name__, message, lineno)


saved = warnings.showwarning
warnings.showwarning = custom
warnings.warn("routed", RuntimeWarning)
warnings.showwarning = saved

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    print(len(w))

for bad in [lambda: warnings.warn("x", "notacategory"),
            lambda: warnings.warn("x", int),
            lambda: warnings.simplefilter("sometimes")]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
print(warnings.catch_warnings(record=True), warnings.catch_warnings())
print('end')
