import bisect
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, lo=1, hi=5))
b = list(a); bisect.insort(b, 3); bisect.insort_left(b, 2); bisect.insort_right(b, 9); print(b)
recs = [('a', 1), ('c', 3), ('e', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 'c', key=lambda r: r[0]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'): return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for bad in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.insort((1,), 2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect_left([], 1), bisect.bisect_right([1.5, 2.5], 2))
