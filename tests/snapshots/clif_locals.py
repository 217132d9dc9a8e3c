# A function that calls locals() writes every store to a local through to
# its frame, records call sites in frame.lasti, and clears the frame's slots
# and locals dict on return.
def snapshot(a):
    b = a + 1
    del a
    return locals()
