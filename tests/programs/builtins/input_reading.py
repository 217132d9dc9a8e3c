# Reading lines from stdin with input() until EOF
name = input()
print(f"Hello, {name}!")
age = int(input("Age? "))
print()
print("Next year you will be", age + 1)
lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    lines.append(line)
print("remaining lines:", len(lines))
for i, line in enumerate(lines, 1):
    print(f"{i}: {line!r} ({len(line.split())} words)")
print("longest:", max(lines, key=len))
