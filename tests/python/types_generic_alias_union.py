print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(int | str, int | None, (int | str) | float, int | int, list[int] | None)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str), issubclass(bool, int | str))
print(list[int].__origin__, list[int].__args__, (int | str).__args__, list[int]([1, 2]))
print(list[int] == list[int], list[int] == list[str], (int | str) == (str | int), hash(int | str) == hash(str | int))
try:
    isinstance([], list[int])
except TypeError as e: print(e)
from collections import OrderedDict
def f(x: list[int] | None = None) -> dict[str, int]: return {}
print(f.__annotations__)
