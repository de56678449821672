# classmethod and staticmethod: alternative constructors, inheritance, access paths.
class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self): return "%s(%d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date): pass
print(Date.from_string("2024-03-09"), MyDate.from_string("1999-12-31"), MyDate(1, 2, 3).from_string("5-6-7"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, type(Date.from_string).__name__, type(Date.is_leap).__name__)
print(Date.from_string.__self__.__name__, MyDate.from_string.__self__.__name__, cm.__func__.__name__, sm.__func__(2020))
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter): pass
print(Counter.inc(), Counter.inc(), SubCounter.inc(), SubCounter.inc(), Counter.count, SubCounter.count)
class Util:
    @staticmethod
    def add(a, b): return a + b
    twice = staticmethod(lambda x: x * 2)
    make = classmethod(lambda cls: cls.__name__)
print(Util.add(1, 2), Util().add(3, 4), Util.twice(5), Util.make(), Util().make())
try:
    Util.add(1)
except TypeError as e:
    print(type(e).__name__, e)
class Regular:
    def m(self): return "m"
try:
    Regular.m()
except TypeError as e:
    print(type(e).__name__, e)
print(Regular.m(Regular()), Regular.m("anything"))
print(callable(sm), sm(1900) if callable(sm) else "not callable")
class Chain:
    @classmethod
    def create(cls): return cls()
    @classmethod
    def describe(cls): return cls.create().__class__.__name__
class SubChain(Chain): pass
print(Chain.describe(), SubChain.describe())
