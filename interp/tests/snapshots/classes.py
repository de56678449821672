@dataclass
class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    def method(self):
        return super().method()
    @property
    def size(self):
        return __class__
