# Assigning to a name later in a function makes it local everywhere in it
count = 0


def increment_ok():
    global count
    count += 1
    return count


def report():
    return f"count is {count}"


print(increment_ok(), increment_ok(), report())


def increment_broken():
    print("about to increment")
    count += 1
    return count


increment_broken()
print("unreachable")
