"""The staff review app: transcripts masked by default, search, callbacks, summary,
export, erasure and the audit log. Routes in routes.py, mounted under /staff."""
