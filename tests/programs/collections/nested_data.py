# Working with nested dicts and lists: grouping, aggregation, lookup
employees = [
    {"name": "Ann", "dept": "eng", "salary": 120, "skills": ["py", "go"]},
    {"name": "Bob", "dept": "ops", "salary": 90, "skills": ["bash"]},
    {"name": "Cid", "dept": "eng", "salary": 110, "skills": ["py", "rust", "c"]},
    {"name": "Dee", "dept": "sales", "salary": 80, "skills": []},
    {"name": "Eve", "dept": "ops", "salary": 95, "skills": ["py", "bash"]},
]
by_dept = {}
for e in employees:
    by_dept.setdefault(e["dept"], []).append(e["name"])
print(by_dept)
totals = {}
for e in employees:
    totals[e["dept"]] = totals.get(e["dept"], 0) + e["salary"]
print(totals)
averages = {d: totals[d] / len(names) for d, names in by_dept.items()}
print(averages)
skill_index = {}
for e in employees:
    for s in e["skills"]:
        skill_index.setdefault(s, set()).add(e["name"])
for skill in sorted(skill_index):
    print(skill, sorted(skill_index[skill]))
top = max(employees, key=lambda e: e["salary"])
print(top["name"], top["salary"])
ranked = sorted(employees, key=lambda e: (-e["salary"], e["name"]))
print([(e["name"], e["salary"]) for e in ranked])
config = {"db": {"host": "h", "ports": [5432, 5433]}, "debug": False}


def lookup(cfg, path, default=None):
    cur = cfg
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return default
    return cur


for p in ["db.host", "db.ports.1", "db.ports.5", "debug", "db.user", "db"]:
    print(p, lookup(config, p, "<missing>"))
