"""The hand-off to Carers' Hub Lambeth: callback requests, stored first, then notified."""
