# Generators: pipelines and generator expressions.
N = 1_500_000
def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def main():
    print(sum(squares(evens(numbers(N)))))
    print(sum(x for x in range(N) if x % 3 == 0))
main()
