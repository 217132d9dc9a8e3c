# A tiny stack-machine interpreter driven by match statements
program = [
    ("push", 5),
    ("push", 3),
    ("add",),
    ("dup",),
    ("mul",),
    ("push", 4),
    ("swap",),
    ("sub",),
    ("print",),
    ("push", 10),
    ("jz", 14),
    ("push", 0),
    ("jz", 14),
    ("print",),
    ("push", "done"),
    ("print",),
    ("halt",),
    ("print",),
]
stack = []
pc = 0
steps = 0
while pc < len(program):
    instr = program[pc]
    pc += 1
    steps += 1
    match instr:
        case ("push", value):
            stack.append(value)
        case (("add" | "sub" | "mul") as op,):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
        case ("dup",):
            stack.append(stack[-1])
        case ("swap",):
            stack[-1], stack[-2] = stack[-2], stack[-1]
        case ("jz", target):
            if stack.pop() == 0:
                pc = target
        case ("print",):
            print("out:", stack.pop() if stack else "<empty>")
        case ("halt",):
            print("halted after", steps, "steps")
            break
        case unknown:
            print("bad instruction", unknown)
            break
print("final stack", stack)
