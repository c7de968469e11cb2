"""Benchmarks (``make bench``): each ``bench_*`` module measures one target as a ratio against a
baseline run in the same process, since these machines are too noisy for absolute times."""
