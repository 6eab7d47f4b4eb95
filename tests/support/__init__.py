"""Helpers shared by the tests (imported from here, not from conftest)."""
