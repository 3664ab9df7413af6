"""People who sign up: the sign-up service (signups), its validation rules (signup_rules), the
consent wording stored with each sign-up (consent) and the one module that reads and writes
contact columns (contacts). Anonymous survey answers never touch this package."""
