import sys
print(sys.get_int_max_str_digits())
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print("before:", e)
sys.set_int_max_str_digits(0)
print(len(str(x)), len("%d" % x), len(format(x, ",")))
sys.set_int_max_str_digits(6000)
print(int("1" * 5500) % 7, sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=4300)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
