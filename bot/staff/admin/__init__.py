"""What admins (and, for callbacks, all staff) act on: erasure on request, the audit log and the callback queue."""
