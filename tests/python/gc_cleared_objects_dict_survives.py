# Collecting an object in a cycle leaves alone the attribute dict that live
# code still holds: only references between garbage objects are broken.
import gc


class L(list):
    pass


class E(Exception):
    pass


l = L()
l.append(l)          # a cycle through the list part, not the dict
l.name = "kept"
d = l.__dict__
del l

try:
    raise E("boom")
except E as exc:
    e = exc
e.note = "also kept"
ed = e.__dict__
e.me = e             # a cycle through its dict ...
del e
ed_copy = dict(ed)   # (the dict is still reachable from here: all live)

print(gc.collect() >= 1)
print(d)
print(sorted(k for k in ed_copy), ed["note"])
