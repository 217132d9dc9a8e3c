# Execution order of try/except/else/finally
def run(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            raise ValueError("bad value")
        if action == "key":
            raise KeyError("k")
        if action == "return":
            log.append("returning")
            return log
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except KeyError:
        log.append("except KeyError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for action in ["ok", "value", "key", "return"]:
    print(action, run(action))


def uncaught_inner():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("inner")
        except ValueError:
            log.append("never")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer caught {e}")
    return log


print(uncaught_inner())
try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")
finally:
    print("finally always")
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError(i)
    except RuntimeError as e:
        print("caught", e)
        continue
    else:
        print("no error for", i)
    finally:
        print("finally for", i)
