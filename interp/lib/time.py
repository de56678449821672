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
