# gc.callbacks are called around each collection with CPython's info dict;
# an exception in one is reported and ignored; get_referrers finds the
# containers that hold an object; freeze/unfreeze/get_freeze_count.
import gc

events = []


def on_gc(phase, info):
    events.append((phase, sorted(info)))


gc.callbacks.append(on_gc)
a = []
a.append(a)
del a
gc.collect()
gc.callbacks.remove(on_gc)
print(events[0], events[-1][0])
print(all(p in ("start", "stop") for p, _ in events))

collected = []
gc.callbacks.append(lambda phase, info: phase == "stop" and collected.append(info["collected"]))
b = {}
b["self"] = b
del b
gc.collect()
gc.callbacks.clear()
print(collected[-1] >= 1)


class Marker:
    pass


m = Marker()
holder_list = [m]
holder_dict = {"m": m}
refs = gc.get_referrers(m)
print(any(r is holder_list for r in refs), any(r is holder_dict for r in refs))



def bad(phase, info):
    raise ValueError("boom")


gc.callbacks.append(bad)
gc.collect()
gc.callbacks.remove(bad)
print("after a failing callback")

gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_freeze_count())
