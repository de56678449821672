# Parameters are known bound without a check, except those a `del` or an
# `except ... as` of the same name can unbind: reading one of those after
# it was unbound still raises UnboundLocalError.
def f(x, y):
    if y:
        del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f(1, 0), f(1, 1))
def g(e):
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return str(err)
print(g(5))
