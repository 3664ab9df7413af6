"""Contact data at rest: the organization's key pair, its passphrase and recovery wrapping,
sealing sign-up contacts, bundle authentication, and bounded reading of untrusted files."""
