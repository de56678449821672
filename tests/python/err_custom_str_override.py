# A custom __str__ on the exception determines the last traceback line.
class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code, self.reason = code, reason
    def __str__(self):
        return "%d %s" % (self.code, self.reason)
def fetch(url):
    print("fetching", url)
    if "missing" in url:
        raise HttpError(404, "Not Found")
    return "ok"
print(fetch("/home"))
print(fetch("/missing"))
