# Imported after the main program interned a str with the same text as
# this constant.


def use(n):
    out = []
    for _ in range(n):
        out.append("late_const")
    return len(out), out[0] == "late_const", out[0] is out[-1]
