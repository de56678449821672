# The parser's nesting limit: deeply nested parentheses and brackets.
for depth in [10, 50, 150, 199]:
    src = "(" * depth + "1" + ")" * depth
    print(depth, eval(src))
for depth in [200, 1000]:
    src = "(" * depth + "1" + ")" * depth
    try:
        eval(src)
        print(depth, "ok")
    except SyntaxError as e:
        print(depth, type(e).__name__, e.msg)
src = "[" * 150 + "]" * 150
print(len(eval(src)))
try:
    eval("[" * 300 + "]" * 300)
except SyntaxError as e:
    print("list 300", type(e).__name__, e.msg)
expr = "+".join(["1"] * 400)
print(eval(expr))
expr = "-" * 100 + "1"
print(eval(expr))
chain = " + ".join("(%d * %d)" % (i, i) for i in range(300))
print(eval(chain))
try:
    eval(")")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("(1, 2]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("(" * 10)
except SyntaxError as e:
    print(type(e).__name__, e.msg)
