# Recursive calls: naive Fibonacci (function call and return, int add, compare).
N = 35


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_calls(n):
    # the number of calls fib(n) makes, computed iteratively
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b + 1
    return b if n > 0 else 1


print("fib", N, fib(N))
print("calls", fib_calls(N))
