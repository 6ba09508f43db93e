"""Stands for the database: each call of discount_for() is one query (the timeline counts them)."""

DISCOUNTS = {"TEA10": 10, "WINTER25": 25}


def discount_for(code):
    """The percentage off for a discount code, or None when there is no such code."""
    return DISCOUNTS.get(code)
