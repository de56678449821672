import contextlib, io, sys
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('a') as n:
    print('body', n)
try:
    with tag('b'):
        raise ValueError('x')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed')
with swallow():
    raise KeyError(1)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
with ExitStack() as st:
    for i in range(3):
        st.callback(print, 'cb', i)
    st.enter_context(tag('x'))
    print('in stack')
with ExitStack() as st:
    st.callback(print, 'not run')
    st.pop_all()
with nullcontext(5) as v:
    print('null', v)
class R:
    def close(self): print('closed')
with closing(R()): pass
f = io.StringIO()
with redirect_stdout(f):
    print('hidden')
print(repr(f.getvalue()))
g = io.StringIO()
with redirect_stderr(g):
    print('err', file=sys.stderr)
print(repr(g.getvalue()))
class CM(AbstractContextManager):
    def __exit__(self, *a): print('exit'); return None
with CM() as c: print(type(c).__name__)
class deco(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('leave'); return False
@deco()
def work(): print('work')
work()
@tag('t')
def tagged(): print('tagged body')
tagged()
def gen_nested():
    with ExitStack() as stack:
        stack.enter_context(suppress(IndexError))
        [][1]
    print('nested ok')
gen_nested()
@contextmanager
def bad():
    yield
    yield
try:
    with bad(): pass
except RuntimeError as e:
    print(e)
