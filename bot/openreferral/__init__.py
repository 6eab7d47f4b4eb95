"""Open Referral UK: the directory published in, and imported from, ORUK's format."""
