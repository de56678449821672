# time.strptime: directives, defaults, weekday and day-of-year filling,
# %U/%W weeks, %z offsets, and its errors.
import time

cases = [
    ("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S"),
    ("5 Mar 2024", "%d %b %Y"),
    ("march 7 2000", "%B %d %Y"),
    ("Tue Mar 5 10:20:30 2024", "%a %b %d %H:%M:%S %Y"),
    ("Mon Jan  2 03:04:05 2006", "%c"),
    ("01/02/06", "%x"),
    ("23:59:60", "%X"),
    ("10 PM", "%I %p"),
    ("12 am", "%I %p"),
    ("12 PM", "%I %p"),
    ("100", "%j"),
    ("2024 366", "%Y %j"),
    ("1900 366", "%Y %j"),
    ("99", "%y"),
    ("68", "%y"),
    ("69", "%y"),
    ("Tuesday", "%A"),
    ("Feb 29", "%b %d"),
    ("2024 10 3", "%Y %U %w"),
    ("2024 0 0", "%Y %U %w"),
    ("2023 0 1", "%Y %W %w"),
    ("2024 52 6", "%Y %W %u"),
    ("12:30:15.123", "%H:%M:%S.%f"),
    ("x 5 %", "x %d %%"),
    ("2024   5", "%Y %m"),
    ("2024-01-01T00:00:00Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-03-05 +0130", "%Y-%m-%d %z"),
    ("-05:30", "%z"),
    ("UTC 2024", "%Z %Y"),
    ("gmt 2024", "%Z %Y"),
]
for text, fmt in cases:
    t = time.strptime(text, fmt)
    print(repr(text), repr(fmt), tuple(t), t.tm_zone, t.tm_gmtoff)
print(time.strptime("Tue Mar 5 10:20:30 2024"))
print(type(time.strptime("2024", "%Y")).__name__)

for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("2024x", "%Y"), ("2024", "%Q"), ("2024", "%Y%"),
                  ("ab", "%Y"), ("13", "%m"), ("", "%Y"), ("  7", "%d")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
for args in [(1, "%Y"), ("2024", 5)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
