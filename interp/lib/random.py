"""Pseudo-random numbers for Weft.

The generator itself is the Mersenne Twister of the native `_random`
module; this file builds seeding, state handling, integer ranges, sequence
operations and the classic distributions on top of it.  Every method draws
its numbers in the same order and combines them with the same float
arithmetic as CPython 3.11, so a given seed reproduces CPython's values.
"""

from math import log as _log, exp as _exp, sqrt as _sqrt, floor as _floor
from math import cos as _cos, sin as _sin, acos as _acos, isfinite as _isfinite
from math import pi as _PI, e as _E, tau as _TAU
from collections.abc import Sequence as _SequenceABC
from operator import index as _as_int
from itertools import accumulate as _running_totals
from bisect import bisect as _bisect_right
import _random
from warnings import warn as _warn

__all__ = [
    'Random', 'SystemRandom', 'betavariate', 'choice', 'choices',
    'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate',
    'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes',
    'randint', 'random', 'randrange', 'sample', 'seed', 'setstate',
    'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate',
]

# Native entry points, looked up once: they sit on the hottest paths.
_mt_new = _random.new
_mt_float = _random.random
_mt_bits = _random.getrandbits

_FLOAT_BITS = 53                     # precision of one random() draw
_MASK64 = (1 << 64) - 1
# Ratio-of-uniforms bound for normalvariate: 4 * e**-0.5 / sqrt(2).
_RATIO_BOUND = 4 * _exp(-0.5) / _sqrt(2.0)
# Constants of Cheng's gamma sampler (alpha > 1).
_LN4 = _log(4.0)
_CHENG_D = 1.0 + _log(4.5)

# The public constants CPython's module exposes under these names.
NV_MAGICCONST = _RATIO_BOUND
TWOPI = _TAU
LOG4 = _LN4
SG_MAGICCONST = _CHENG_D
BPF = _FLOAT_BITS
RECIP_BPF = 2.0 ** -_FLOAT_BITS


def _urandom(n):
    # Kernel entropy for SystemRandom.
    from os import urandom
    return urandom(_as_int(n))


def _v1_text_key(text):
    # The string hash that version-1 seeding used (Python 2 era).
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for ch in text:
        acc = ((1000003 * acc) ^ ord(ch)) & _MASK64
    return acc ^ len(text)


def _range_arg(value, label):
    # Integers pass; an integral float is still accepted in 3.11 with a
    # deprecation notice, any other value is refused.
    try:
        return _as_int(value)
    except TypeError:
        whole = int(value)
        # stacklevel 3: blame the code that called randrange().
        if whole != value:
            _warn('randrange() will raise TypeError in the future',
                  DeprecationWarning, 3)
            raise ValueError(f'non-integer {label} for randrange()')
        _warn('non-integer arguments to randrange() have been deprecated '
              'since Python 3.10 and will be removed in a subsequent version',
              DeprecationWarning, 3)
        return whole


class Random:
    """A Mersenne Twister generator with its own state.

    Subclasses may replace random() and/or getrandbits(); the integer
    methods then draw from whichever of the two the subclass provides.
    """

    VERSION = 3     # tag of the tuple getstate() returns

    def __new__(cls, *args, **kwargs):
        # The twister exists from the start, even if a subclass __init__
        # never calls ours.
        self = object.__new__(cls)
        self._mt = _mt_new()
        self.gauss_next = None
        return self

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # -- the core generator ------------------------------------------------

    def random(self):
        """A float drawn uniformly from [0.0, 1.0)."""
        return _mt_float(self._mt)

    def getrandbits(self, k):
        """A non-negative int of k random bits."""
        return _mt_bits(self._mt, k)

    def seed(self, a=None, version=2):
        """Reset the generator from a (None means: from the clock).

        With version 2, str, bytes and bytearray seeds use all their bits;
        version 1 reproduces the old string hashing.
        """
        textual = isinstance(a, (str, bytes, bytearray))
        if textual and version == 2:
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _random.sha512(raw), 'big')
        elif textual and version == 1 and not isinstance(a, bytearray):
            a = _v1_text_key(a)
        elif not (a is None or textual or isinstance(a, (int, float))):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        # The twister takes |int| directly; other seeds go by their hash,
        # read as an unsigned 64-bit word.
        if a is not None and not isinstance(a, int):
            a = hash(a) & _MASK64
        _random.seed(self._mt, a)
        self.gauss_next = None

    def getstate(self):
        """The full state, for a later setstate()."""
        return self.VERSION, _random.getstate(self._mt), self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version != 3 and version != 2:
            raise ValueError(f'state with version {version} passed to '
                             f'Random.setstate() of version {self.VERSION}')
        version, words, self.gauss_next = state
        if version == 2:
            # Version-2 states could hold signed words; fold them to 32 bits.
            try:
                words = tuple(w % (1 << 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
        _random.setstate(self._mt, words)

    # Pickling and copying go through getstate/setstate.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # -- uniform integers ----------------------------------------------------

    def __init_subclass__(cls, /, **kwargs):
        # Choose how _randbelow draws: the nearest class in the MRO that
        # defines _randbelow, getrandbits or random decides.
        super().__init_subclass__(**kwargs)
        for klass in cls.__mro__:
            defined = vars(klass)
            if '_randbelow' in defined:
                return
            if 'getrandbits' in defined:
                cls._randbelow = cls._below_by_bits
                return
            if 'random' in defined:
                cls._randbelow = cls._below_by_floats
                return

    def _below_by_bits(self, n):
        # Rejection sampling on n.bit_length() bits: no bias, and on
        # average fewer than two draws.
        width = n.bit_length()
        draw = self.getrandbits
        r = draw(width)
        while r >= n:
            r = draw(width)
        return r

    def _below_by_floats(self, n, span=1 << _FLOAT_BITS):
        # Only random() is available: scale a 53-bit float, rejecting the
        # top sliver that would make some results likelier than others.
        draw = self.random
        if n >= span:
            _warn('Underlying random() generator does not supply \n'
                  'enough bits to choose from a population range this large.\n'
                  'To remove the range limitation, add a getrandbits() method.')
            return _floor(draw() * n)
        cutoff = (span - span % n) / span
        r = draw()
        while r >= cutoff:
            r = draw()
        return _floor(r * span) % n

    _randbelow = _below_by_bits

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        """A random member of range(start, stop, step)."""
        # Plain ints skip the conversion call: this is a hot path.
        low = start if type(start) is int else _range_arg(start, 'arg 1')
        if stop is None:
            # An explicit step needs a stop; 3.11 tells a plain int 1 (the
            # default) apart from other objects equal to it.
            if not (type(step) is int and step == 1):
                raise TypeError('Missing a non-None stop argument')
            if low > 0:
                return self._randbelow(low)
            raise ValueError('empty range for randrange()')
        high = stop if type(stop) is int else _range_arg(stop, 'stop')
        width = high - low
        stride = step if type(step) is int else _range_arg(step, 'step')
        if stride == 1:
            if width > 0:
                return low + self._randbelow(width)
            raise ValueError(f'empty range for randrange() '
                             f'({low:d}, {high:d}, {width:d})')
        if stride == 0:
            raise ValueError('zero step for randrange()')
        count = -(-width // stride)          # len(range(low, high, stride))
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences -----------------------------------------------------------

    def choice(self, seq):
        """One element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct picks from population, in selection order.

        counts=[c0, c1, ...] repeats each element that many times without
        building the repeated list.
        """
        if not isinstance(population, _SequenceABC):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            # Sample positions in the virtual repeated sequence, then map
            # each back to its element through the running totals.
            bounds = list(_running_totals(counts))
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(bounds, p)] for p in picks]
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        below = self._randbelow
        out = [None] * k
        # Small populations: partial shuffle of a copy.  Large ones: draw
        # indexes and retry repeats, tracked in a set.  The threshold (21,
        # plus the smallest power of 4 above 3k when k > 5) must stay as it
        # is, since it decides which numbers are drawn.
        threshold = 21
        if k > 5:
            threshold += 1 << 2 * (((3 * k - 1).bit_length() + 1) // 2)
        if n <= threshold:
            pool = list(population)
            for i in range(k):
                j = below(n - i)
                out[i] = pool[j]
                pool[j] = pool[n - 1 - i]
        else:
            taken = set()
            for i in range(k):
                j = below(n)
                while j in taken:
                    j = below(n)
                taken.add(j)
                out[i] = population[j]
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks with replacement, optionally weighted.

        Relative weights or cumulative weights may be given, not both.
        """
        draw = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = float(n)
                return [population[_floor(draw() * size)] for _ in range(k)]
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                # choices(pop, 3) most likely meant k=3.
                if isinstance(weights, int):
                    raise TypeError('The number of choices must be a keyword '
                                    f'argument: k={weights}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # -- continuous distributions ----------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        span = b - a
        return a + span * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode
        (default: the midpoint)."""
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > c:
            # Mirror the distribution so the formula below covers both sides.
            u, c, low, high = 1.0 - u, 1.0 - c, high, low
        spread = high - low
        return low + spread * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman-Monahan ratio of uniforms)."""
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = _RATIO_BOUND * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller); faster than normalvariate
        but not thread-safe, as each call pair shares one computation."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * _TAU
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal: exp of a normal draw with mean mu and sd sigma."""
        z = self.normalvariate(mu, sigma)
        return _exp(z)

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1 / mean)."""
        u = 1.0 - self.random()
        return -_log(u) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution: mean angle mu,
        concentration kappa; the result lies in [0, 2*pi)."""
        draw = self.random
        if kappa <= 1e-6:
            return _TAU * draw()
        # Best and Fisher's (1979) rejection method.
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_PI * draw())
            d = z / (r + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % _TAU
        return (mu - _acos(f)) % _TAU

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            # Cheng (1977), algorithm GB.
            a = _sqrt(2.0 * alpha - 1.0)
            b = alpha - _LN4
            c = alpha + a
            while True:
                u1 = draw()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - draw()
                v = _log(u1 / (1.0 - u1)) / a
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = b + c * v - x
                if r + _CHENG_D - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        # alpha < 1: Ahrens and Dieter's GS algorithm.
        while True:
            b = (_E + alpha) / _E
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], from two gamma draws."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system (/dev/urandom).

    Nothing is stored, so there is nothing to seed, save or restore.
    """

    def random(self):
        # 56 random bits, of which the top 53 make the float.
        return (int.from_bytes(_urandom(7), 'big') >> 3) * 2.0 ** -_FLOAT_BITS

    def getrandbits(self, k):
        k = _as_int(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        size = (k + 7) // 8
        return int.from_bytes(_urandom(size), 'big') >> (size * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module-level functions are the bound methods of one hidden generator.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
