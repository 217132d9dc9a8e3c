print("a: start")
import b
x = 1
print("a: end")
