"""The directory pages: every member of staff reads the services, admins change them."""
