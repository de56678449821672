class C:
    pass
c = C()
print('before')
c.method()
