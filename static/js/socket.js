// The agent WebSocket: request/reply by request_id, broadcasts with seq-gap detection,
// reconnection with exponential backoff (and jitter). After every (re)connect, and after a
// gap in seq, `onResync` is called so the app reloads its state.

import { ApiError } from "./api.js";

const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 15000;
const REQUEST_TIMEOUT_MS = 15000;
const PING_EVERY_MS = 20000;

export class Socket {
  constructor({ onBroadcast, onResync, onStatus, onClosedForGood }) {
    this.onBroadcast = onBroadcast;
    this.onResync = onResync;
    this.onStatus = onStatus;
    this.onClosedForGood = onClosedForGood;
    this.ws = null;
    this.pending = new Map();
    this.nextId = 1;
    this.lastSeq = null;
    this.attempt = 0;
    this.stopped = false;
    this.timer = null;
    this.pinger = null;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.pinger);
    if (this.ws) this.ws.close(1000, "signed out");
    this.ws = null;
    this.failPending("Signed out");
  }

  get connected() {
    return this.ws !== null && this.ws.readyState === WebSocket.OPEN;
  }

  connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    this.onStatus(this.attempt === 0 ? "connecting" : "reconnecting");
    const ws = new WebSocket(`${scheme}://${location.host}/ws`);
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.lastSeq = null;
      this.onStatus("connected");
      clearInterval(this.pinger);
      this.pinger = setInterval(() => this.request("ping").catch(() => {}), PING_EVERY_MS);
      this.onResync("connected");
    };
    ws.onmessage = (event) => this.receive(event.data);
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      clearInterval(this.pinger);
      this.failPending("Connection lost; try again once reconnected");
      if (!this.stopped) this.scheduleReconnect();
    };
  }

  scheduleReconnect() {
    const base = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** this.attempt);
    const delay = Math.round(base / 2 + Math.random() * (base / 2));
    this.attempt += 1;
    this.onStatus("offline", delay);
    this.timer = setTimeout(async () => {
      // A refused upgrade looks like any other failure: ask whether the session is still valid.
      if (this.attempt > 1 && this.onClosedForGood && (await this.onClosedForGood())) return;
      if (!this.stopped) this.connect();
    }, delay);
  }

  receive(text) {
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (frame.request_id !== undefined && this.pending.has(frame.request_id)) {
      const { resolve, reject, timer } = this.pending.get(frame.request_id);
      this.pending.delete(frame.request_id);
      clearTimeout(timer);
      if (frame.type === "error") {
        reject(new ApiError(frame.data.message, frame.data.code, undefined, frame.data.data));
      } else resolve(frame.data);
      return;
    }
    if (typeof frame.seq === "number") {
      const gap = this.lastSeq !== null && frame.seq !== this.lastSeq + 1;
      this.lastSeq = frame.seq;
      this.onBroadcast(frame);
      if (gap) this.onResync("gap");
    }
  }

  /** Sends one request; resolves with the reply's data, rejects with an ApiError. */
  request(type, data = {}) {
    if (!this.connected) return Promise.reject(new ApiError("Not connected", "offline"));
    const requestId = `r${this.nextId++}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(new ApiError("No answer from the server", "timeout"));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(requestId, { resolve, reject, timer });
      this.ws.send(JSON.stringify({ type, request_id: requestId, data }));
    });
  }

  failPending(message) {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new ApiError(message, "offline"));
    }
    this.pending.clear();
  }
}
