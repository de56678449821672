# Exceptions defined in another module are shown as module.Class in tracebacks.
from import_support.errors_mod import ValidationError, validate
print(validate(5))
print(validate(-1))
