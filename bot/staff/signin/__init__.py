"""Signing in and staff accounts: passwords, sessions, lockout, and the sign-in pages."""
