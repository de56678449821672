"""time: the clocks of the native `_time`, and CPython's calendar functions
(struct_time, gmtime, localtime, mktime, strftime, asctime, ctime) over C's
conversions there."""

from _time import (sleep, time, time_ns, monotonic, monotonic_ns, perf_counter,
                   perf_counter_ns, process_time)
import _time

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()"""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            f'({len(seq)}-sequence given)')
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            f'({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - len(seq))
        object.__setattr__(self, '_extra', extra)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self))
        return f'time.struct_time({fields})'

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


struct_time.__module__ = 'time'


def _seconds(secs):
    # CPython's _PyTime_ObjectToTime_t with ROUND_FLOOR.
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        import math
        return math.floor(secs)
    if isinstance(secs, int):
        return int(secs)
    if hasattr(type(secs), '__index__') or hasattr(type(secs), '__float__'):
        return _seconds(float(secs))
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def gmtime(seconds=None):
    return struct_time(_time.gmtime(_seconds(seconds)))


def localtime(seconds=None):
    return struct_time(_time.localtime(_seconds(seconds)))


def _tuple9(t, func):
    # CPython's gettmarg: a struct_time or any 9-tuple of ints.
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{func}(): illegal time tuple argument')
    for v in t:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    extra = ('', 0)
    if isinstance(t, struct_time) and t.tm_zone is not None:
        extra = (t.tm_zone, t.tm_gmtoff)
    return list(t), extra


def _checked(t, func):
    # CPython's checktm, after strftime's normalization of the zero fields.
    v, extra = _tuple9(t, func)
    if v[1] == 0:
        v[1] = 1
    elif not 1 <= v[1] <= 12:
        raise ValueError('month out of range')
    if v[2] == 0:
        v[2] = 1
    elif not 1 <= v[2] <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= v[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= v[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= v[5] <= 61:
        raise ValueError('seconds out of range')
    # gettmarg's (wday + 1) % 7 with C's remainder, then checktm.
    w = v[6] + 1
    w = -(-w % 7) if w < 0 else w % 7
    if w < 0:
        raise ValueError('day of week out of range')
    v[6] = (w + 6) % 7
    if v[7] == 0:
        v[7] = 1
    elif not 1 <= v[7] <= 366:
        raise ValueError('day of year out of range')
    if v[8] < -1:
        v[8] = -1
    elif v[8] > 1:
        v[8] = 1
    return v, extra


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    if t is None:
        t = localtime()
    v, extra = _checked(t, 'strftime')
    if format == '':
        return ''
    return _time.strftime(format, tuple(v) + extra)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        t = localtime()
    v, _ = _checked(t, 'asctime')
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (
        _DAYS[v[6]], _MONTHS[v[1] - 1], v[2], v[3], v[4], v[5], v[0])


def ctime(seconds=None):
    return asctime(localtime(seconds))


def mktime(t):
    v, extra = _tuple9(t, 'mktime')
    return float(_time.mktime(tuple(v) + extra))


def _init_timezone():
    # As CPython where struct tm has tm_zone: the zones of January and July.
    import math
    year = gmtime(int(time()))[0]
    jan = localtime(int(mktime((year, 1, 1, 0, 0, 0, 0, 1, -1))))
    jul = localtime(int(mktime((year, 7, 1, 0, 0, 0, 0, 182, -1))))
    janzone, julzone = -jan.tm_gmtoff, -jul.tm_gmtoff
    if janzone < julzone:
        # Southern hemisphere: DST in January.
        return julzone, janzone, int(janzone != julzone), (jul.tm_zone, jan.tm_zone)
    return janzone, julzone, int(janzone != julzone), (jan.tm_zone, jul.tm_zone)


timezone, altzone, daylight, tzname = _init_timezone()
del _init_timezone


def process_time_ns():
    return int(process_time() * 1e9)


def thread_time():
    return process_time()


def thread_time_ns():
    return process_time_ns()


# strptime: the format becomes a regular expression with one named group
# per directive (C locale names), matched case-insensitively; the fields
# found then give the date, and the weekday and day of the year are worked
# out from it when they were not given.

_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTH_NAMES = ('january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december')


def _alternatives(words):
    # Longest first, so that a prefix never wins over the whole word.
    return '|'.join(sorted(words, key=len, reverse=True))


_DIRECTIVE_PATTERNS = {
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]',
    'f': r'[0-9]{1,6}',
    'H': r'2[0-3]|[0-1]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5]\d|\d',
    'S': r'6[0-1]|[0-5]\d|\d',
    'U': r'5[0-3]|[0-4]\d|\d',
    'W': r'5[0-3]|[0-4]\d|\d',
    'w': r'[0-6]',
    'u': r'[1-7]',
    'y': r'\d\d',
    'Y': r'\d\d\d\d',
    'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z',
    'a': _alternatives(n[:3] for n in _DAY_NAMES),
    'A': _alternatives(_DAY_NAMES),
    'b': _alternatives(n[:3] for n in _MONTH_NAMES),
    'B': _alternatives(_MONTH_NAMES),
    'p': 'am|pm',
}
# Directives that stand for a whole C-locale format.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
              'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p'}


def _zone_names():
    names = {'utc', 'gmt'}
    for name in tzname:
        if name:
            names.add(name.lower())
    return names


def _strptime_regex(format):
    import re
    out = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch != '%':
            if ch.isspace():
                while i < n and format[i].isspace():
                    i += 1
                out.append(r'\s+')
                continue
            out.append(re.escape(ch))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % format)
        d = format[i + 1]
        i += 2
        if d == '%':
            out.append('%')
        elif d in _COMPOSITE:
            out.append(_strptime_regex(_COMPOSITE[d]))
        elif d in ('n', 't'):
            out.append(r'\s+')
        elif d == 'Z':
            out.append('(?P<Z>%s)' % _alternatives(re.escape(z) for z in _zone_names()))
        elif d in _DIRECTIVE_PATTERNS:
            # A repeated directive repeats its group name, which the
            # regular expression compiler refuses (as CPython's does).
            out.append('(?P<%s>%s)' % (d, _DIRECTIVE_PATTERNS[d]))
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    return ''.join(out)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_month(year, month):
    days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    return days + (1 if month > 2 and _is_leap(year) else 0)


def _days_in_month(year, month):
    if month == 2:
        return 29 if _is_leap(year) else 28
    return (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def _ordinal(year, month, day):
    # Days since 0001-01-01 (which is day 1), proleptic Gregorian.
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _days_before_month(year, month) + day


def _from_year_day(year, yday):
    # Year and day of the year (may be outside 1..365/366) to a date.
    while yday < 1:
        year -= 1
        yday += 366 if _is_leap(year) else 365
    while yday > (366 if _is_leap(year) else 365):
        yday -= 366 if _is_leap(year) else 365
        year += 1
    month = 1
    while month < 12 and _days_before_month(year, month + 1) < yday:
        month += 1
    return year, month, yday - _days_before_month(year, month)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import re
    for position, value in enumerate((string, format)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (position, type(value)))
    found = re.match(_strptime_regex(format), string, re.IGNORECASE)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (string, format))
    if found.end() != len(string):
        raise ValueError("unconverted data remains: %s" % string[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = 0
    weekday = julian = week = None
    week_starts_monday = False
    gmtoff = zone = None
    isdst = -1
    if g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('Y') is not None:
        year = int(g['Y'])
    if g.get('m') is not None:
        month = int(g['m'])
    if g.get('B') is not None:
        month = _MONTH_NAMES.index(g['B'].lower()) + 1
    if g.get('b') is not None:
        month = [n[:3] for n in _MONTH_NAMES].index(g['b'].lower()) + 1
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    if g.get('I') is not None:
        hour = int(g['I'])
        pm = (g.get('p') or '').lower() == 'pm'
        if pm:
            hour = hour if hour == 12 else hour + 12
        elif hour == 12:
            hour = 0
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('A') is not None:
        weekday = _DAY_NAMES.index(g['A'].lower())
    if g.get('a') is not None:
        weekday = [n[:3] for n in _DAY_NAMES].index(g['a'].lower())
    if g.get('w') is not None:
        weekday = (int(g['w']) - 1) % 7
    if g.get('u') is not None:
        weekday = int(g['u']) - 1
    if g.get('j') is not None:
        julian = int(g['j'])
    if g.get('U') is not None:
        week = int(g['U'])
    if g.get('W') is not None:
        week = int(g['W'])
        week_starts_monday = True
    if g.get('z') is not None:
        z = g['z']
        if z.upper() == 'Z':
            gmtoff = 0
        else:
            digits = z[1:].replace(':', '')
            frac = ''
            if '.' in digits:
                digits, frac = digits.split('.')
            hours, minutes, seconds = int(digits[0:2]), int(digits[2:4]), int(digits[4:6] or 0)
            gmtoff = hours * 3600 + minutes * 60 + seconds
            if z[0] == '-':
                gmtoff = -gmtoff
    if g.get('Z') is not None:
        zone = g['Z']
        low = zone.lower()
        if low in ('utc', 'gmt'):
            isdst = 0
        elif len(tzname) == 2 and tzname[0] != tzname[1] or low not in (t.lower() for t in tzname[:1]):
            if daylight and len(tzname) > 1 and low == tzname[1].lower():
                isdst = 1
            elif tzname and low == tzname[0].lower():
                isdst = 0
        else:
            isdst = 0
    leap_stand_in = False
    if year is None:
        # No year: 1900, but 29 February is allowed (checked in 1904).
        if month == 2 and day == 29:
            year = 1904
            leap_stand_in = True
        else:
            year = 1900
    if julian is None and weekday is not None and week is not None:
        first = (_ordinal(year, 1, 1) + 6) % 7   # Monday is 0
        day_of_week = weekday
        if not week_starts_monday:
            first = (first + 1) % 7
            day_of_week = (day_of_week + 1) % 7
        week0_length = (7 - first) % 7
        if week == 0:
            julian = 1 + day_of_week - first
        else:
            julian = 1 + week0_length + 7 * (week - 1) + day_of_week
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        # The day of the year stays as found; the date follows from it.
        year, month, day = _from_year_day(year, julian)
    else:
        if day > _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        julian = _days_before_month(year, month) + day
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_stand_in:
        year = 1900
    return struct_time((year, month, day, hour, minute, second, weekday, julian, isdst, zone, gmtoff))
