"""Pure-Python domain: entities, rules, money, errors. No Qt, no SQLAlchemy, no I/O."""
