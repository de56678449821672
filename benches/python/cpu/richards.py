# A task scheduler simulation in the style of Richards (classes, methods, attributes).
ROUNDS = 4000
IDLE, WORKER, HANDLER, DEVICE = range(4)
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4
    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue
class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.count = 0
    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)
    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.waiting = False
        return p
class IdleTask(Task):
    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return None
        return self.scheduler.release((self.count % 3) + 1)
class WorkerTask(Task):
    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        packet.ident = HANDLER if packet.ident == WORKER else WORKER
        packet.datum = 0
        for i in range(4):
            self.count += 1
            packet.data[i] = self.count % 26
        return self.scheduler.send(packet, packet.ident)
class HandlerTask(Task):
    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.count += packet.data[0] + packet.data[3]
        return self.scheduler.send(packet, DEVICE)
class DeviceTask(Task):
    def run(self, packet):
        if packet is None:
            self.held = True
            return None
        self.count += 1
        return self.scheduler.send(packet, IDLE if self.count % 5 == 0 else WORKER)
class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.holds = 0
        self.sends = 0
    def add(self, task):
        self.tasks[task.ident] = task
    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t
    def send(self, packet, ident):
        self.sends += 1
        t = self.tasks[ident]
        t.queue = packet.append_to(t.queue)
        t.waiting = False
        t.held = False
        return t
    def schedule(self, steps):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        for _ in range(steps):
            progressed = False
            for t in order:
                if t.runnable():
                    p = t.take_packet() if t.queue is not None else None
                    t.run(p)
                    progressed = True
            if not progressed:
                for t in order:
                    t.held = False
                    self.holds += 1
def main():
    total = 0
    for r in range(ROUNDS):
        s = Scheduler()
        idle = IdleTask(s, IDLE, 0, None)
        idle.count = 1000
        s.add(idle)
        q = None
        for i in range(6):
            q = Packet(None, WORKER, 0).append_to(q)
        s.add(WorkerTask(s, WORKER, 1000, q))
        s.add(HandlerTask(s, HANDLER, 2000, None))
        s.add(DeviceTask(s, DEVICE, 4000, None))
        s.schedule(60)
        total += s.sends + s.holds + sum(t.count for t in s.tasks.values())
    print(total)
main()
