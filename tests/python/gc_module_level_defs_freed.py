# Functions, classes and modules made by module bodies are freed once
# nothing refers to them (Weft defers their counts, so the collector frees
# them; CPython frees functions at once and classes, which are always in a
# cycle through their __mro__, at a collection).
import gc
import weakref

gone = []


def f():
    return 1


class C:
    def m(self):
        return 2


rf = weakref.ref(f, lambda _: gone.append("function"))
rc = weakref.ref(C, lambda _: gone.append("class"))
print(f() + C().m())
del f, C
gc.collect()
print(sorted(gone), rf(), rc())



# Definitions run many times (exec in a loop) do not pile up.
def define_many(refs):
    for i in range(200):
        ns = {}
        exec("def g(x):\n    return x + %d\nclass K:\n    pass\n" % i, ns)
        assert ns["g"](1) == i + 1
        refs.append(weakref.ref(ns["g"]))
        refs.append(weakref.ref(ns["K"]))


refs = []
define_many(refs)
gc.collect()
print(sum(r() is not None for r in refs))
