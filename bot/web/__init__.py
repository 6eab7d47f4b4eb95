"""The web app: the demo page with the chat widget, and the staff review pages."""
