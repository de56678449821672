# AttributeError on None returned from a lookup.
users = {"ann": {"email": " ANN@EXAMPLE.COM "}}
def find(name):
    return users.get(name)
def email_of(name):
    return find(name)["email"].strip().lower() if find(name) else find(name).email
print(email_of("ann"))
print(email_of("bob"))
