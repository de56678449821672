import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('RecursionError', e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    f(0)
except RecursionError:
    print('again')
