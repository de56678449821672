# A circular import sees a partially initialised module.
import import_support.cyc_a as a
print(a.A_EARLY, a.A_LATE, a.b_view())
import import_support.cyc_b as b
print(b.seen_from_a, b.cyc_a is a)
import sys
print([k for k in sorted(sys.modules) if k.startswith("import_support.cyc")])
