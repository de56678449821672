public_one = 1
public_two = 2
_underscore = "not star-imported"
def func():
    return "func from star_plain"
