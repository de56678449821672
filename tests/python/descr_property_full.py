# property: getter/setter/deleter, decorator and call forms, error messages.
class Temp:
    def __init__(self): self._c = 0.0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
class Old:
    def _get(self): return self.__dict__.get("v", "unset")
    def _set(self, v): self.__dict__["v"] = v * 2
    value = property(_get, _set, None, "doc here")
    ro = property(lambda self: "read only")
o = Old()
print(o.value)
o.value = 4
print(o.value, Old.value.__doc__, o.ro, Old.value.fget.__name__, Old.ro.fset)
o.__dict__["ro"] = "shadow?"
print(o.ro)
class Lazy:
    calls = 0
    @property
    def data(self):
        Lazy.calls += 1
        return [1, 2, 3]
l = Lazy()
l.data.append(4)
print(l.data, Lazy.calls)
class Base:
    @property
    def name(self): return "base"
class Derived(Base):
    @Base.name.getter
    def name(self): return "derived"
print(Base().name, Derived().name)
class Raiser:
    @property
    def attr(self): raise AttributeError("inner failure")
    def __getattr__(self, name): return "fallback for " + name
print(Raiser().attr)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Temp.celsius, property), hasattr(Temp.celsius, "__get__"), Temp.celsius.fset.__name__)
