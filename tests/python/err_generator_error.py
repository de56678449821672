def g():
    yield 1
    raise ValueError('in generator')
for x in g():
    print(x)
