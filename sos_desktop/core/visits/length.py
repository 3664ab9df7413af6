"""How long a visit is planned to take. Its own tiny module: the presentation imports it on its
start-up path, which must not pay for loading the visit service."""

DEFAULT_MINUTES = 45
MINUTES_RANGE = (10, 180)
