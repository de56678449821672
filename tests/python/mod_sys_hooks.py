import sys, atexit
print(sys.excepthook is sys.__excepthook__, sys.is_finalizing())
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, flush=True)
    sys.__excepthook__(t, v, tb)
sys.excepthook = hook
print(sys.getswitchinterval()); sys.setswitchinterval(0.01); print(sys.getswitchinterval())
try: sys.setswitchinterval(0)
except ValueError as e: print(e)
print(sys.thread_info.name, type(sys.thread_info).__name__)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.float_repr_style)
print(sys.gettrace(), sys.getprofile(), sys.settrace(None))
print(type(sys.builtin_module_names), 'sys' in sys.builtin_module_names, 'math' in sys.stdlib_module_names)
print(sys.prefix == sys.base_prefix, sys.warnoptions, sys.meta_path.__class__, type(sys.dont_write_bytecode))
x = object(); a = sys.getrefcount(x); y = x; print(sys.getrefcount(x) - a)
for bad in [lambda: sys.exit(1, 2), lambda: sys.getsizeof(1,2,3), lambda: sys.setrecursionlimit("a"), lambda: sys.getrefcount()]:
    try: bad()
    except TypeError as e: print("TypeError:", e)
atexit.register(lambda: print("atexit", sys.is_finalizing()))
def f(): raise KeyError("k")
f()
