# The gc module's API beyond collecting: thresholds, debug flags, stats,
# is_finalized, and CPython's argument errors.
import gc
print(gc.get_threshold()[1:]); gc.set_threshold(500, 5, 6); print(gc.get_threshold()[1:]); gc.set_threshold(gc.get_threshold()[0], 10, 10)
print(gc.get_debug()); gc.set_debug(gc.DEBUG_STATS * 0); print(gc.get_debug())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
st = gc.get_stats(); print(len(st), sorted(st[2]))
before = gc.get_stats()[2]["collections"]; gc.collect(); print(gc.get_stats()[2]["collections"] > before)
class D:
    def __del__(self): pass
d = D(); print(gc.is_finalized(d)); d.__del__(); print(gc.is_finalized(d))
class R:
    def __del__(self):
        global saved
        saved = self
r = R(); r.me = r; del r; gc.collect(); print(gc.is_finalized(saved)); print(gc.is_finalized(1.5), gc.is_finalized([]))
for f, a in [(gc.set_threshold, ()), (gc.is_tracked, ()), (gc.is_finalized, ()), (gc.set_threshold, ("x",)), (gc.set_debug, ("x",))]:
    try: f(*a)
    except TypeError as e: print("TypeError:", e)
