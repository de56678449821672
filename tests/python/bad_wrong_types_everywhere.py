tests = [lambda: len(5), lambda: 'a' + 1, lambda: [] < 1, lambda: {}[[]], lambda: int([]), lambda: sorted([1, 'a']), lambda: iter(5), lambda: 1 in 5, lambda: None.x, lambda: (1, 2)[1.5]]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
