print("cyc_a start")
A_EARLY = "a-early"
from import_support import cyc_b
A_LATE = "a-late"
def b_view():
    return cyc_b.B_VALUE, cyc_b.seen_from_a
print("cyc_a end")
