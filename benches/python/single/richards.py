# Richards: an operating-system task scheduler simulation (an idle task, a
# work task, two handler tasks, two device tasks passing packets through
# queues); classes with subclass-specific run methods, attribute access,
# linked lists, small branchy methods. One run with COUNT=10000 queues
# 23246 packets and holds 9297 times; the program does RUNS runs.
RUNS = 30
COUNT = 10000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = queue is not None
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def run(self):
        if self.waiting and self.pending:
            pkt = self.queue
            self.queue = pkt.link
            self.waiting = False
            self.pending = self.queue is not None
        else:
            pkt = None
        self.sched.current = self
        return self.step(pkt)

    def receive(self, pkt, sender):
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue)
        self.target = HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.target = HANDLER_A if self.target == HANDLER_B else HANDLER_B
        pkt.dest = self.target
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            n = work.datum
            if n < BUFSIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[n]
                    work.datum = n + 1
                    return self.sched.send(dev)
            else:
                self.work_in = work.link
                return self.sched.send(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.waiting = True
        self.held_packet = None
        self.checksum = 0

    def step(self, pkt):
        if pkt is None:
            pkt = self.held_packet
            if pkt is None:
                return self.sched.wait()
            self.held_packet = None
            return self.sched.send(pkt)
        self.held_packet = pkt
        self.checksum = (self.checksum * 31 + pkt.datum) % 1000003
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.sent = 0
        self.holds = 0

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt):
        t = self.table[pkt.dest]
        self.sent += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return t.receive(pkt, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.blocked():
                t = t.link
            else:
                t = t.run()


def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    q = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkTask(s, q)
    q = Packet(Packet(Packet(None, DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(Packet(Packet(None, DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.sent, s.holds, s.table[DEVICE_A].checksum ^ s.table[DEVICE_B].checksum


results = [richards(COUNT) for _ in range(RUNS)]
assert all(r == results[0] for r in results)
print("sent", results[0][0], "holds", results[0][1], "devices", results[0][2])
print("runs", len(results), "total", sum(r[0] + r[1] for r in results))
