# assert statements and AssertionError messages
def checked_sqrt(x):
    assert x >= 0, f"x must be non-negative, got {x}"
    return x ** 0.5


print(checked_sqrt(16))
for v in [-4, -0.5]:
    try:
        checked_sqrt(v)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)
assert True, "never shown"
assert [0], "non-empty list is truthy"
print("passing asserts do nothing")


def validate(user):
    assert isinstance(user, dict), "user must be a dict"
    assert "name" in user, "missing name"
    assert len(user["name"]) >= 2, f"name too short: {user['name']!r}"
    return True


for u in [{"name": "Al"}, {"name": "X"}, {}, ["name"]]:
    try:
        print(validate(u))
    except AssertionError as e:
        print("invalid:", e)
