# Replacing a cached class attribute, then exiting, must not crash the runtime.
class C:
    pass
class H:
    cur = None
def get():
    if H.cur is None:
        H.cur = C()
    return H.cur
def put(c):
    H.cur = c
put(C())
get()
put(C())
print('ok')
