import time
for secs in [0, 86399, 951782400, 1234567890, 1700000000.75, -1, 4102444800]:
    g = time.gmtime(secs)
    print(secs, tuple(g), g.tm_zone, g.tm_gmtoff, time.strftime('%Y-%m-%dT%H:%M:%S %j %a %b %w %U %W', g), time.asctime(g))
print(time.strftime('%%|%C|%D|%e|%F|%G|%g|%h|%k|%l|%n|%R|%r|%T|%t|%u|%V|%y|%Z', time.gmtime(1000000000)))
lt = time.localtime(1000000000)
print(type(lt).__name__, len(lt), lt.tm_isdst in (0, 1, -1), time.mktime(lt), isinstance(time.timezone, int), isinstance(time.tzname, tuple))
print(time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0)), time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0)).tm_yday)
print(time.strftime('%Y %m %d', (1999, 12, 31, 23, 59, 59, 4, 365, 0)), time.strftime('', time.gmtime(0)), time.ctime(0)[:3] in ('Thu', 'Wed'))
print(time.gmtime(1e9) == time.gmtime(1000000000), time.gmtime(0)[:6], time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
for bad in [lambda: time.strftime('%Y', (2020, 1, 1, 0, 60, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2020, 1, 32, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -1, 1, 0)), lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.strftime(5), lambda: time.gmtime('x'), lambda: time.asctime((1, 2)), lambda: time.struct_time((1,) * 12)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
t0 = time.perf_counter(); time.sleep(0.01); print(time.perf_counter() - t0 >= 0.009, time.monotonic_ns() > 0, isinstance(time.process_time(), float), time.time_ns() // 10**9 - int(time.time()) in (0, 1))
