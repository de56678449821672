class MyError(Exception):
    pass
def go():
    raise MyError('something broke')
go()
