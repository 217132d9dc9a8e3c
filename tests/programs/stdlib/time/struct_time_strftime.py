import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday,
      t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[:3], tuple(t), isinstance(t, tuple), type(t).__name__)
print(time.gmtime(0), time.gmtime(-1).tm_year, time.gmtime(1e9 + 0.9).tm_sec)
print(time.gmtime(951782400))  # 2000-02-29
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields)

for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %d %j %U %W %w %y', '%I:%M %p', '%c',
            '%x %X', '%%', '%Z %z', '%G-W%V-%u', '%e|%C|%D|%T|%R|%n|%t|', '', 'no directives',
            '%s-like? %h']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.strftime('%Y/%m/%d', (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime('%d.%m.%Y', (2024, 1, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(t), time.asctime((2021, 12, 5, 7, 8, 9, 6, 339, 0)))
print(time.asctime(time.gmtime(0)))

st = time.struct_time((2020, 5, 17, 13, 45, 30, 6, 138, 0))
print(st, st.tm_zone, st.tm_gmtoff)
st11 = time.struct_time((2020, 5, 17, 13, 45, 30, 6, 138, 0, 'XYZ', 3600))
print(st11, st11.tm_zone, st11.tm_gmtoff, len(st11))

# Properties that hold in any time zone.
now = time.time()
lt = time.localtime(now)
print(type(lt).__name__, len(lt), time.mktime(lt) == int(now), lt.tm_isdst in (0, 1, -1))
print(time.mktime(time.localtime(1234567890)))
print(time.ctime(1234567890) == time.asctime(time.localtime(1234567890)))
print(type(time.ctime()).__name__, len(time.asctime()), len(time.strftime('%Y')))

for bad in [lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1, 0, 60, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 367, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1)),
            lambda: time.strftime('%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0]),
            lambda: time.strftime(5),
            lambda: time.gmtime('x'),
            lambda: time.gmtime(float('nan')),
            lambda: time.gmtime(1e30),
            lambda: time.mktime((2020, 1)),
            lambda: time.struct_time((1, 2, 3)),
            lambda: time.struct_time(range(12)),
            lambda: time.asctime((2020, 0, 1, 0, 0, 0, 0, 1, 0)),
            ]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# Time zone constants: properties that hold in any zone.
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(time.altzone <= time.timezone, (time.altzone == time.timezone) == (not time.daylight))
print(time.localtime(0).tm_gmtoff in (-time.timezone, -time.altzone))
