# and/or return operands and short-circuit evaluation
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or [] or "last")
print("a" and "b" and "c", "a" and "" and "c", [] or {} or (), [] and 1 / 0)
print(0 or 1 and 2, (0 or 1) and 2, 1 or 2 and 3, not 1 or 2, not (1 or 2))
log = []


def t(name, value):
    log.append(name)
    return value


r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 0) and t("c", 2)
print(r, log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", "found") or t("d", 1)
print(repr(r), log)
log.clear()
r = t("a", 1) or 1 / 0
print(r, log)
name = ""
display = name or "anonymous"
print(display)
config = {"debug": 0}
print(config.get("debug") or "off", config.get("missing") or "unset")
values = [0, 1, "", "x", None, [], [0]]
print([v or "F" for v in values])
print([v and "T" for v in values])
x = 5
print(x > 0 and x < 10, x > 0 and "positive" or "non-positive")
print(bool(0 or 0.0 or ""), bool(0 or 0.0 or "0"))
