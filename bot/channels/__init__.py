"""Input channels: REST (tests, outside checks), socket.io (web widget), Twilio (SMS, WhatsApp)."""
