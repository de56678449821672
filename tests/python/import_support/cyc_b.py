print("cyc_b start")
from import_support import cyc_a
B_VALUE = "b-value"
seen_from_a = (getattr(cyc_a, "A_EARLY", None), getattr(cyc_a, "A_LATE", None))
print("cyc_b end")
