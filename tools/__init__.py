"""Tools for the people who build the bot, not part of it: the benchmark (`make bench`) and
the measurements of understanding (`make eval`). They may read tests/; the product never does."""
