# throw(), close(), GeneratorExit, and generator state errors.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after-throw"
    print("end of g")
it = g()
print(next(it), it.throw(ValueError("v")))
try:
    next(it)
except StopIteration:
    print("stopped")
it = g()
try:
    it.throw(TypeError("not started"))
except TypeError as e:
    print("unstarted throw propagates:", e)
print(list(it))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer()
next(c)
c.close()
c.close()
print("double close ok")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_in_close():
    try:
        yield 1
    finally:
        print("finally on close")
r = returns_in_close()
r.close()
print("closing an unstarted generator runs nothing")
r = returns_in_close()
next(r)
r.close()
def self_ref():
    yield me.send(None) if False else next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def throw_class():
    try:
        yield
    except KeyError as e:
        yield repr(e)
t = throw_class()
next(t)
print(t.throw(KeyError))
t2 = throw_class()
next(t2)
print(t2.throw(KeyError("with arg")))
def count():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n = -100
        n += 1
cnt = count()
print(next(cnt), next(cnt), cnt.throw(ValueError), next(cnt))
def gen_exit_is_base():
    try:
        yield
    except Exception:
        print("Exception does not catch GeneratorExit")
ge = gen_exit_is_base()
next(ge)
ge.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
