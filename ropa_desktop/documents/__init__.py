"""What leaves the app or comes in: the privacy statement, register exports, imports. No Qt."""
