class ValidationError(ValueError):
    pass
def validate(n):
    if n < 0:
        raise ValidationError("negative value: %d" % n)
    return n * 2
