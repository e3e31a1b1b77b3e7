"""Fees: the cashier's day (issue 15). What a person owes per fee item (dues), payments,
refunds and voids (payments), cashiers' shifts and the Z-report (shifts), the 收费 page's
listing (money_list), the day's close across desks (day_close), the receipts (receipts).
"""
