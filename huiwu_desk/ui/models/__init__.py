"""Qt item models over the store (ids + a row cache), not over Python lists of everything."""
