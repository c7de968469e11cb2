"""The command line: the same services as the GUI, for scripts, servers and quick checks.

Each ``cmd_*`` module registers one command group on the argument parser; ``main`` opens the
database named by the global options and dispatches.
"""
