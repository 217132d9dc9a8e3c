# Using a name after it has been deleted
cache = {"a": 1}
temp = [1, 2, 3]
print(sum(temp), cache)
del temp
print("temp deleted")
cache["b"] = 2
del cache["a"]
print(cache)
if "temp" not in globals():
    print("temp is gone from globals")
print(len(temp))
