# math error messages as CPython's: perm of a negative n alone, prod's
# extra positional argument, trunc of a non-number.
import math
for f, a in [(math.perm, (-5,)), (math.perm, (5, -1)), (math.prod, ([1], 2)), (math.trunc, ('a',)), (math.comb, (-1, 2)), (math.factorial, (-1,)), (math.perm, (3, 2, 1))]:
    try: print(f(*a))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
