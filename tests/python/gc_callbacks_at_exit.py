# gc.callbacks must not run in the last collection at exit, when their
# module's names are already None.
import gc
import sys

calls = {"start": 0, "stop": 0}


def on_gc(phase, info, out=sys.stdout):
    if globals().get("calls") is None:
        out.write("callback ran after the module's names were cleared\n")
        return
    calls[phase] += 1


gc.callbacks.append(on_gc)
a = []
a.append(a)
del a
gc.collect()
print(calls["start"] >= 1, calls["start"] == calls["stop"])
# A cycle alive until the end, freed by the last collection.
b = []
b.append(b)
print("end")
