# Tic-tac-toe with a perfect minimax player (with memoization)
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


memo = {}


def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in board:
        result = (0, None)
    else:
        best = None
        for i, cell in enumerate(board):
            if cell != ".":
                continue
            child = board[:i] + player + board[i + 1:]
            score, _ = minimax(child, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
        result = best
    memo[key] = result
    return result


def show(board):
    for r in range(3):
        print(" " + " | ".join(board[r * 3:r * 3 + 3]))
    print()


def play(board, player):
    while not winner(board) and "." in board:
        _, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    return board


final = play("." * 9, "X")
show(final)
print("perfect play result:", winner(final) or "draw")
print("positions evaluated:", len(memo))
start = "X...O...."
print("value of", start, "for X to move:", minimax(start, "X"))
blunder = "XX.OO...."
score, move = minimax(blunder, "X")
print("X to move in", blunder, "-> play", move, "score", score)
final = play(blunder, "X")
show(final)
print("winner:", winner(final))
score, move = minimax("XX.O.....", "O")
print("O must block at", move)
