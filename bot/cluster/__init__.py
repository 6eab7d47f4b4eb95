"""The production layout on one machine: nginx in front of two of everything."""
