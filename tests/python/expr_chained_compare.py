x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, 1 < 2 < 3 < 2)
print(0 < x <= 5 < 6 >= 6)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print("a" < "b" < "c", [1] < [1, 0] < [2])
