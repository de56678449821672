# assert with and without messages; AssertionError details.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args, repr(str(e)))
try:
    assert [], ["msg", "list"]
except AssertionError as e:
    print(e.args[0], type(e.args[0]).__name__)
try:
    assert 1 == 2, 42
except AssertionError as e:
    print(e, e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "message"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = (1, 2)
assert x, "non-empty tuple is true"
try:
    assert (), "empty tuple is false"
except AssertionError as e:
    print(e)
class Falsy:
    def __bool__(self): return False
try:
    assert Falsy(), "custom falsy"
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
def validate(items):
    for i, v in enumerate(items):
        assert isinstance(v, int), f"item {i} is {type(v).__name__}"
    return sum(items)
for data in ([1, 2], [1, "2", 3]):
    try:
        print(validate(data))
    except AssertionError as e:
        print("invalid:", e)
