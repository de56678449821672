class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks; " + super().speak()
d = Dog("Rex"); a = Animal("Generic")
print(d.speak(), a.speak(), d.kind, a.kind, Animal.count, d, [a, d])
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), type(d) is Dog)
d.kind = "mine"; print(d.kind, Dog.kind, d.__dict__, sorted(vars(a)))
print(Dog.__name__, Dog.__bases__[0].__name__, [c.__name__ for c in Dog.__mro__])
print(hasattr(d, "speak"), getattr(d, "nope", "default"), d.__class__.__name__)
