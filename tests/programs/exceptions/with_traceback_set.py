# with_traceback / __traceback__ assignment replace the traceback chain.
def inner():
    raise ValueError("deep")


def middle():
    inner()


def names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


try:
    middle()
except ValueError as e:
    print(names(e.__traceback__))
    same = e.with_traceback(e.__traceback__.tb_next)
    print(same is e, names(e.__traceback__))
    e.__traceback__ = e.__traceback__.tb_next
    print(names(e.__traceback__))
    e.__traceback__ = None
    print(e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as err:
        print("TypeError:", err)
    try:
        e.with_traceback("x")
    except TypeError as err:
        print("TypeError:", err)
