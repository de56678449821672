# A tiny stack-based virtual machine with jumps, calls and a compiler for loops.
def run(program, trace=False):
    stack, pc, calls, out, steps = [], 0, [], [], 0
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        steps += 1
        if op == "push": stack.append(args[0])
        elif op == "pop": stack.pop()
        elif op == "dup": stack.append(stack[-1])
        elif op == "swap": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "rot": stack.append(stack.pop(-3))
        elif op in ("add", "sub", "mul", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b if b else None, "lt": int(a < b)}[op])
        elif op == "jz":
            if stack.pop() == 0: pc = labels[args[0]]
        elif op == "jmp": pc = labels[args[0]]
        elif op == "call": calls.append(pc); pc = labels[args[0]]
        elif op == "ret": pc = calls.pop()
        elif op == "print": out.append(stack.pop())
        elif op == "label": pass
        elif op == "halt": break
        else: raise ValueError("bad opcode %r" % op)
    return out, steps, stack
countdown = [("push", 5), ("label", "top"), ("dup",), ("print",), ("push", 1), ("sub",), ("dup",), ("jz", "end"), ("jmp", "top"), ("label", "end"), ("halt",)]
print(run(countdown))
bad_program = [("push", 1), ("mul_top",)]
def compile_sum_squares(n):
    return [("push", 0), ("push", n), ("label", "l"), ("dup",), ("jz", "e"), ("dup",), ("dup",), ("mul",),
            ("rot",), ("add",), ("swap",), ("push", 1), ("sub",), ("jmp", "l"),
            ("label", "e"), ("pop",), ("call", "show"), ("halt",),
            ("label", "show"), ("dup",), ("print",), ("ret",)]
try:
    print(run(bad_program))
except ValueError as e:
    print(type(e).__name__, e)
for n in (4, 10):
    out, steps, stack = run(compile_sum_squares(n))
    print(n, out, steps, stack)
print(run([("push", 7), ("push", 3), ("mod",), ("print",), ("push", 2), ("push", 5), ("lt",), ("print",)]))
try:
    run([("pop",)])
except IndexError as e:
    print(type(e).__name__, e)
