# Ten-pin bowling score calculator with validation
class BowlingError(ValueError):
    pass


def parse(card):
    rolls = []
    for ch in card.replace(" ", ""):
        if ch == "X":
            rolls.append(10)
        elif ch == "/":
            if not rolls:
                raise BowlingError("spare without a first roll")
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        elif ch.isdigit():
            rolls.append(int(ch))
        else:
            raise BowlingError(f"bad symbol {ch!r}")
    return rolls


def score(rolls):
    total, i, frames = 0, 0, []
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError("strike bonus missing")
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError(f"frame {frame + 1} incomplete")
            pins = rolls[i] + rolls[i + 1]
            if pins > 10:
                raise BowlingError(f"frame {frame + 1} knocks down {pins} pins")
            if pins == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus missing")
                total += 10 + rolls[i + 2]
            else:
                total += pins
            i += 2
        frames.append(total)
    return total, frames


games = {
    "perfect": "X X X X X X X X X X X X",
    "all spares": "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5",
    "gutter": "-- -- -- -- -- -- -- -- -- --",
    "nines": "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-",
    "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
    "dutch": "X 5/ X 5/ X 5/ X 5/ X 5/ X",
    "too many pins": "77 -- -- -- -- -- -- -- -- --",
    "short": "X X X",
    "bad": "X X ? X",
}
for name, card in games.items():
    try:
        total, frames = score(parse(card))
        print(f"{name:<14}{total:>4}  {frames}")
    except BowlingError as e:
        print(f"{name:<14} error: {e}")
