def f(x):
    return 1 / x
def g(d):
    return d["key"] + 1
def h(o):
    return o.attr.other
def k(a, b):
    return a + b    
def m():
    return [1, 2][5]
def n():
    x = {"a": 1}
    return x["a"]["b"]
def p(s):
    return len(s) + p2(s)
def p2(s):
    return int(s)
import sys
which = sys.argv[1]
if which == "1": print(f(0))
if which == "2": g({})
if which == "3": h(1)
if which == "4": k(1, "x")
if which == "5": m()
if which == "6": n()
if which == "7": p("abc")
if which == "8":
    y = (1 +
         None)
if which == "9":
    result = f(0) if True else None
if which == "10": raise ValueError("boom")
if which == "11": assert 1 == 2, "msg"
if which == "12": x = undefined_name + 1
if which == "13": print("é", 1 / 0)
if which == "14":
    def deep(n):
        return deep(n + 1) // 1
    deep(0)
if which == "15":
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e
