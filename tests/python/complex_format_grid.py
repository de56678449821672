# format(complex, spec) over a grid of values and specs (every presentation type, flags, errors).
vals = [0j, -0j, complex(-0.0, 0.0), 1+2j, -1.5-2.25j, 1234567.891+0.000123j, 1e16j, complex(1e-7, -1e300),
        complex(float('nan'), float('-inf')), complex(float('inf'), 0), 123456789j, -0.0001-0.0001j, 2j, 0.5+0j]
specs = ['', '>', '<20', '^21', '*>25', '+', '-', ' ', '#', ',', '_', '.3', '.0', '#.3', '+.2', 'z', 'z.1',
         'e', '.2e', 'E', 'f', '.1f', 'F', 'g', '.10g', 'G', '#g', 'n', '.3n', ',.2f', '_.3e', '+,g', ' 30.4f',
         'z.2f', 'z+.0f', '#.0e', '#.0f', '.100f', '40', 'x<40.2', '.0g', '#.0g', ',.0%', 'c', 's', 'd', '=10', '010', ',n', '_x', ',x', ',', '.', '.5', '+#,.3g']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(v), row)
