"""Source lines of files, read once and kept (for tracebacks and warnings)."""

__all__ = ["getline", "getlines", "clearcache", "checkcache", "lazycache"]

# filename -> list of lines (each with its newline)
cache = {}


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename` with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of `filename`, read on first use; [] if unreadable."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Weft keeps no file times: nothing to check."""
    return None


def lazycache(filename, module_globals):
    return False


def updatecache(filename, module_globals=None):
    """Read `filename` again and store its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, 'rb') as f:
            data = f.read()
    except (OSError, ValueError):
        return []
    text = data.decode('utf-8', 'replace')
    # Only '\n' ends a line (as a file's readlines, not str.splitlines).
    lines = [line + '\n' for line in text.split('\n')] if text else []
    if text.endswith('\n'):
        lines.pop()
    cache[filename] = lines
    return lines
