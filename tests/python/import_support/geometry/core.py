PI = 3.14159
def area(r):
    return round(PI * r * r, 3)
