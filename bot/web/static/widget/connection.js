// Talks to the Rasa server over its socket.io channel, with session persistence: the
// conversation id is ours (kept in the tab), so a reload or a reconnect carries on the
// same conversation. Rasa 3.6's events: `session_request` → `session_confirm`,
// `user_uttered` out, `bot_uttered` in.

const CONNECT_TIMEOUT_MS = 8000;

// status: "connecting" | "ready" | "offline"
export function connect({ base, botUrl, sessionId, onReply, onStatus }) {
  let socket = null;
  let status = "connecting";
  let closed = false;
  const waiting = new Set();

  function setStatus(next) {
    if (closed || next === status) return;
    status = next;
    for (const waiter of [...waiting]) waiter(status);
    onStatus(status);
  }

  import(new URL("vendor/socket.io.esm.min.js", base).href)
    .then(({ io }) => {
      if (closed) return;
      socket = io(botUrl, {
        path: "/socket.io",
        transports: ["websocket", "polling"],
        timeout: CONNECT_TIMEOUT_MS,
        reconnectionDelayMax: 10000,
        withCredentials: false,
      });
      socket.on("connect", () => socket.emit("session_request", { session_id: sessionId }));
      socket.on("session_confirm", () => setStatus("ready"));
      socket.on("connect_error", () => setStatus("offline"));
      socket.on("disconnect", () => setStatus("offline"));
      socket.on("bot_uttered", (message) => {
        if (!closed && message && typeof message === "object") onReply(message);
      });
    })
    .catch((error) => {
      console.error("Carers chat: the socket.io client did not load", error);
      setStatus("offline");
    });

  return {
    get status() {
      return status;
    },
    // Resolves true once the conversation is ready, false if the bot cannot be reached.
    whenReady(timeoutMs = CONNECT_TIMEOUT_MS + 1000) {
      if (status === "ready") return Promise.resolve(true);
      if (closed) return Promise.resolve(false);
      // Already offline: give the reconnection under way a short chance, not the full wait.
      const wasOffline = status === "offline";
      return new Promise((resolve) => {
        const finish = (ok) => {
          waiting.delete(waiter);
          clearTimeout(timer);
          resolve(ok);
        };
        const waiter = (now) => {
          if (now === "ready") finish(true);
          else if (!wasOffline || now === "closed") finish(false);
        };
        const timer = setTimeout(() => finish(false), wasOffline ? 1500 : timeoutMs);
        waiting.add(waiter);
      });
    },
    send(message) {
      if (status !== "ready" || !socket) return false;
      socket.emit("user_uttered", { message, session_id: sessionId });
      return true;
    },
    close() {
      closed = true;
      for (const waiter of [...waiting]) waiter("closed");
      socket?.disconnect();
    },
  };
}
