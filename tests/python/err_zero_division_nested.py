def a(x):
    return b(x) * 2
def b(x):
    return 10 // x
print('start')
a(0)
