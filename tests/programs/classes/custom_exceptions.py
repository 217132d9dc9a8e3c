# User-defined exception hierarchies with extra attributes
class AppError(Exception):
    pass


class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFoundError(AppError, KeyError):
    pass


class RetryableError(AppError):
    def __init__(self, message, attempts):
        super().__init__(message, attempts)
        self.attempts = attempts

    def __str__(self):
        return f"{self.args[0]} (after {self.attempts} attempts)"


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if user.get("age", 0) < 0:
        raise ValidationError("age", f"must be >= 0, got {user['age']}")
    return "valid"


for u in [{"name": "A", "age": 3}, {"age": 1}, {"name": "B", "age": -2}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print(type(e).__name__, e, "| field:", e.field, "| is ValueError:", isinstance(e, ValueError))
try:
    raise NotFoundError("user 42")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, e, e.args)
try:
    raise RetryableError("timeout", 3)
except AppError as e:
    print("caught as AppError:", e, e.args, repr(str(e)))
print(ValidationError.__mro__[1].__name__, issubclass(NotFoundError, LookupError))
errors = []
for exc in [ValidationError("x", "bad"), NotFoundError("k"), RetryableError("r", 1), ValueError("plain")]:
    try:
        raise exc
    except AppError as e:
        errors.append(("app", type(e).__name__))
    except Exception as e:
        errors.append(("other", type(e).__name__))
print(errors)
