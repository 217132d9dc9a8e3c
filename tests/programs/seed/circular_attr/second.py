import first

value = "second-value"
try:
    print(first.value)
except AttributeError as e:
    print("AttributeError:", e)
try:
    first.describe()
except AttributeError as e:
    print("AttributeError:", e)
print(type(first).__name__, first.__name__)
