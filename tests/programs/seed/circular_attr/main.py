# Attribute access on a partially initialised module.
import first
import second

print(first.describe())
print(second.first is first)
print(first.second is second)
