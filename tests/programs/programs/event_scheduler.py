# Meeting scheduler: parse times, detect conflicts, find free slots, merge intervals
def to_minutes(hhmm):
    h, _, m = hhmm.partition(":")
    if not (h.isdigit() and m.isdigit()):
        raise ValueError(f"bad time {hhmm!r}")
    h, m = int(h), int(m)
    if h > 23 or m > 59:
        raise ValueError(f"time out of range {hhmm!r}")
    return h * 60 + m


def fmt(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class Event:
    def __init__(self, title, start, end):
        self.title = title
        self.start, self.end = to_minutes(start), to_minutes(end)
        if self.end <= self.start:
            raise ValueError(f"{title}: end before start")

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __repr__(self):
        return f"{self.title}[{fmt(self.start)}-{fmt(self.end)}]"


raw = [("standup", "09:00", "09:15"), ("design review", "10:00", "11:30"), ("lunch", "12:00", "13:00"),
       ("1:1", "11:00", "11:45"), ("focus", "14:00", "16:00"), ("bad", "25:00", "26:00"), ("retro", "15:30", "16:30"),
       ("inverted", "17:00", "16:00"), ("wrap-up", "17:00", "17:30"), ("oops", "9h", "10:00")]
events = []
for title, s, e in raw:
    try:
        events.append(Event(title, s, e))
    except ValueError as err:
        print("skipped:", err)
events.sort(key=lambda ev: (ev.start, ev.end))
print("schedule:", events)
conflicts = [(a.title, b.title) for i, a in enumerate(events) for b in events[i + 1:] if a.overlaps(b)]
print("conflicts:", conflicts)
merged = []
for ev in events:
    if merged and ev.start <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], ev.end)
    else:
        merged.append([ev.start, ev.end])
print("busy:", [f"{fmt(s)}-{fmt(e)}" for s, e in merged])
day_start, day_end = to_minutes("08:30"), to_minutes("18:00")
free, cursor = [], day_start
for s, e in merged:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day_end:
    free.append((cursor, day_end))
print("free:", [f"{fmt(s)}-{fmt(e)} ({e - s}m)" for s, e in free])
need = 60
slot = next(((s, e) for s, e in free if e - s >= need), None)
print(f"first {need}-minute slot:", f"{fmt(slot[0])}-{fmt(slot[0] + need)}" if slot else None)
busy_total = sum(e - s for s, e in merged)
print(f"busy {busy_total} minutes ({busy_total / (day_end - day_start):.0%} of the day)")
