// The agent console: sign-in, then the live queue (in views) and one open conversation, the
// team and the agent's load, kept in step with the server through the WebSocket (REST for
// sign-in, Resolve, transfers and the routing settings).

import * as api from "./api.js";
import { Socket } from "./socket.js";
import { renderQueue, renderPageFilter } from "./queue.js";
import { renderConversation, mergeMessage } from "./conversation.js";
import { customerKey, tick, windowText } from "./util.js";
import { admit } from "./versions.js";
import { showNumbers } from "./numbers.js";
import { loadDeadlines, tickMarks } from "./deadlines.js";
import { keptView, keepView, renderTabs, bindTabs } from "./views.js";
import { loads, loadText, renderTeam } from "./team.js";
import { setupNotify, customerWaiting } from "./notify.js";
import { bindKeys } from "./keys.js";
import { showSettings, bindSettings } from "./settings.js";

const $ = (id) => document.getElementById(id);

const state = {
  me: null,
  customers: new Map(), // key → customer view (stop=true only)
  seen: new Map(), // key → the highest customer version applied (versions.js)
  outgoing: new Map(), // key → the customer's undelivered agent messages, oldest first
  seenOutgoing: new Map(), // key → the customer version of the outgoing list shown
  settled: new Set(), // outgoing ids delivered by a retry or discarded: they never come back
  busyOutgoing: new Set(), // outgoing ids with a Retry or Discard in flight
  selected: null, // key of the open conversation
  cursor: null, // key of the customer the keyboard has selected (keys.js)
  shown: [], // keys of the customers listed now, in order
  view: keptView(), // "mine" | "unassigned" | "all" (views.js)
  conv: null, // {key, customer, messages, error, notice}
  sort: localStorage.getItem("handoff-sort") || "waiting",
  pageFilter: localStorage.getItem("handoff-page") || "",
  errors: new Map(), // key → the server's message, shown inline on the row
  pending: new Set(), // keys with an optimistic change in flight
  viewers: new Map(), // other agent id → {name, key}
  agents: new Map(), // agent id → {name, status, capacity, reason?} (reason: why the server set them away)
  availability: "available",
  syncs: 0,
};
let socket = null;
let localId = 0;

// ---- rendering ----

const EMPTY = {
  all: "Nobody is waiting. Customers who ask for a person appear here.",
  mine: "You hold nobody right now. Customers you claim appear here.",
  unassigned: "Nobody is waiting for an agent.",
};

/**
 * A select of the list (priority, transfer) being picked from: redrawing its row would close
 * it, so the list waits until it is left — at most a few seconds, so a select left focused
 * does not freeze the queue.
 */
const PICK_MS = 8000;
let pickingSince = 0;
let listStale = false;

function picking() {
  const active = document.activeElement;
  return active?.tagName === "SELECT" && $("queue").contains(active) && Date.now() - pickingSince < PICK_MS;
}

function renderList() {
  if (picking()) {
    listStale = true;
    return;
  }
  listStale = false;
  const { keys, counts } = renderQueue($("queue"), state, { open, assign, release, transfer, setPriority });
  state.shown = keys;
  $("queue-count").textContent = keys.length ? String(keys.length) : "";
  $("queue-empty").hidden = keys.length > 0;
  $("queue-empty").textContent = EMPTY[state.view];
  renderTabs($("views"), counts, state.view);
}

function render() {
  if (!state.me) return; // signed out while a request was in flight
  renderList();
  renderConversation(state.conv, state, { retry, discard });
  $("app").classList.toggle("viewing", Boolean(state.conv));
  const held = loads(state.customers);
  renderTeam(state, held);
  $("load-value").textContent = loadText(held.get(state.me.id) || 0, state.agents.get(state.me.id)?.capacity);
  tick();
  tickMarks();
}

/** The queue changed: read the deadlines again (a claim or an answer moves them). */
const refreshDeadlines = () => loadDeadlines(tickMarks);

function setConnection(status, delay) {
  const text = {
    connecting: "Connecting…",
    reconnecting: "Reconnecting…",
    connected: "Connected",
    offline: `Offline — reconnecting in ${Math.ceil((delay || 0) / 1000)} s`,
  }[status];
  $("conn").dataset.state = status;
  $("conn-text").textContent = text;
}

// ---- sync ----

let nameResync = null;

/**
 * Applies a customer view — from a broadcast, a reply or a resync — unless a newer view of
 * that customer was applied already. Returns whether it was applied.
 */
function upsert(customer) {
  if (!admit(state.seen, customer)) return false;
  const key = customerKey(customer);
  const known = state.customers.get(key) || (state.conv?.key === key ? state.conv.customer : null);
  if (!customer.customer_name && known?.customer_name) {
    const { customer_name, first_name, last_name } = known;
    customer = { ...customer, customer_name, first_name, last_name };
  }
  if (customer.stop) state.customers.set(key, customer);
  else state.customers.delete(key);
  if (state.conv && state.conv.key === key) state.conv.customer = customer;
  return true;
}

/** The profile name is looked up after the first message, without a broadcast: fetch it. */
function fetchNameSoon() {
  if (nameResync) return;
  nameResync = setTimeout(() => { nameResync = null; if (socket?.connected) resync("name"); }, 1500);
}

/** Applies a customer's list of undelivered messages unless a newer list was applied already. */
function applyOutgoing(view, outgoing = []) {
  if (admit(state.seenOutgoing, view)) showOutgoing(customerKey(view), outgoing);
}

function showOutgoing(key, outgoing) {
  const list = outgoing.filter((o) => !state.settled.has(o.id));
  if (list.length) state.outgoing.set(key, list);
  else state.outgoing.delete(key);
}

/** A message retried successfully or discarded leaves the list for good; returns it. */
function settle(key, id) {
  state.settled.add(id);
  const list = state.outgoing.get(key) || [];
  showOutgoing(key, list);
  return list.find((o) => o.id === id);
}

/**
 * Re-reads a customer's undelivered messages (with the latest message only). A pending
 * message that gets through, or one that times out, leaves or changes without a broadcast.
 */
async function refreshOutgoing(key) {
  const t = target(key);
  if (!t || !socket?.connected) return;
  try {
    const reply = await socket.request("get_conversation", { ...t, limit: 1 });
    upsert(reply.customer);
    applyOutgoing(reply.customer, reply.outgoing);
    render();
  } catch { /* the next change, or the next resync, brings it */ }
}

/** Whether a customer has messages still waiting for Facebook (pending or unconfirmed). */
function waitsForFacebook(key) {
  return (state.outgoing.get(key) || []).some((o) => o.state !== "failed");
}

/**
 * What the console asks the server for (docs/ws-protocol.md#feeds): messages only of the
 * customers it can act on (its own, the one open, those waiting), and queue changes merged.
 * Asked before the queue is loaded, so nothing falls between the list and the feed.
 */
async function chooseFeeds() {
  await Promise.all([
    socket.request("unsubscribe", { feed: "messages" }),
    socket.request("subscribe", { feed: "queue_digest" }),
  ]).catch(() => { /* an older server: the full feed works too */ });
}

async function resync(reason) {
  try {
    if (reason === "connected") await chooseFeeds();
    const [queue] = await Promise.all([
      socket.request("get_stopped_customers", { limit: 200, sort: state.sort }),
      reason === "connected" ? loadAgents() : null,
    ]);
    // The list says who is waiting; each listed view still has to be newer than the one shown.
    const listed = new Set(queue.customers.map(customerKey));
    for (const key of state.customers.keys()) if (!listed.has(key)) state.customers.delete(key);
    for (const c of queue.customers) upsert(c);
    if (reason === "connected") {
      if (state.availability !== "available") await socket.request("set_availability", { status: state.availability });
      if (state.conv) await announceViewing();
    }
    if (state.conv) await loadConversation(state.conv.key, false);
    state.syncs += 1;
    document.body.dataset.syncs = String(state.syncs);
    renderPageFilter($("page-filter"), state.customers, state.pageFilter);
    render();
    refreshDeadlines();
  } catch (err) {
    console.warn("resync failed", err);
  }
}

async function loadAgents() {
  try {
    for (const a of await api.agents()) {
      const reason = a.status === "away" ? state.agents.get(a.id)?.reason : undefined;
      state.agents.set(a.id, { name: a.name, status: a.status, capacity: a.capacity, reason });
    }
  } catch { /* the team panel is a nicety */ }
}

/** An agent's status changed; the server's reason for an automatic away stays until they are back. */
function setStatus(agentId, status, reason) {
  const agent = state.agents.get(agentId) || { name: agentId };
  state.agents.set(agentId, { ...agent, status, reason: status === "away" ? reason ?? agent.reason : undefined });
  if (agentId !== state.me.id || status === "offline") return;
  // Another console of ours, or the server, changed our availability: show it.
  state.availability = status;
  $("availability").value = status;
  if (status !== "away") $("away-reason").textContent = "";
}

function onBroadcast({ type, data }) {
  switch (type) {
    case "agent_requested":
    case "agent_assignment_changed":
    case "customer_stop_status_changed":
    case "customer_priority_changed":
    case "customer_thread_changed": {
      const key = customerKey(data.customer);
      if (!upsert(data.customer)) return; // older than what is shown
      if (!state.pending.has(key)) state.errors.delete(key);
      const shown = state.customers.get(key);
      if (shown && !shown.customer_name) fetchNameSoon();
      if (shown && type === "agent_requested") customerWaiting(shown, open);
      renderPageFilter($("page-filter"), state.customers, state.pageFilter);
      refreshDeadlines();
      break;
    }
    case "customers_changed": {
      for (const customer of data.customers) {
        const key = customerKey(customer);
        const before = state.customers.get(key);
        if (!upsert(customer)) continue; // older than what is shown
        if (!state.pending.has(key)) state.errors.delete(key);
        const shown = state.customers.get(key);
        if (shown && !shown.customer_name) fetchNameSoon();
        // Newly asking for a person (what `agent_requested` announces one by one).
        if (shown && !shown.agent_id && !before?.stop) customerWaiting(shown, open);
      }
      renderPageFilter($("page-filter"), state.customers, state.pageFilter);
      refreshDeadlines();
      break;
    }
    case "outgoing_changed":
      applyOutgoing(data, data.outgoing);
      break;
    case "new_message": {
      const key = `${data.page_id}|${data.customer_id}`;
      const queued = state.customers.get(key);
      if (queued) {
        queued.last_message = data.message.text;
        if (data.message.sender === "customer") {
          queued.last_seen = data.message.timestamp;
          queued.window_expires_at = new Date(Date.parse(data.message.timestamp) + 7 * 864e5).toISOString();
          queued.response_window_expires_at = new Date(Date.parse(data.message.timestamp) + 864e5).toISOString();
        }
      }
      if (queued && data.message.sender === "agent") refreshDeadlines();
      if (state.conv && state.conv.key === key) {
        mergeMessage(state.conv, data.message, state.me);
        // Perhaps one of the messages waiting for Facebook: see whether it left the list.
        if (data.message.sender === "agent" && waitsForFacebook(key)) refreshOutgoing(key);
      }
      break;
    }
    case "agent_auto_away":
      setStatus(data.agent_id, "away", data.reason);
      if (data.agent_id === state.me.id) {
        $("away-reason").textContent = data.reason === "inactive"
          ? "You were set away: no activity" : "You were set away: a customer of yours waited too long";
      }
      break;
    case "agent_availability_changed": {
      setStatus(data.agent_id, data.status);
      if (data.status === "offline") state.viewers.delete(data.agent_id);
      // Someone just connected: tell them what we have open.
      if (data.agent_id !== state.me.id && data.status === "available" && state.conv) announceViewing();
      break;
    }
    case "agent_viewing": {
      if (data.agent_id === state.me.id) break;
      if (data.customer_id) {
        state.viewers.set(data.agent_id, { name: data.agent_name, key: `${data.page_id}|${data.customer_id}` });
      } else state.viewers.delete(data.agent_id);
      break;
    }
    default:
      return;
  }
  render();
}

// ---- actions (optimistic, rolled back with the server's message) ----

async function optimistic(key, change, request) {
  const before = state.customers.get(key);
  state.errors.delete(key);
  if (state.conv?.key === key) state.conv.error = "";
  state.pending.add(key);
  if (before) upsert(change(structuredClone(before)));
  render();
  try {
    const reply = await request();
    if (reply?.customer) upsert(reply.customer);
  } catch (err) {
    // The optimistic view kept the version of `before`: a newer view that came meanwhile stays.
    if (before) upsert(before);
    state.errors.set(key, err.message);
    if (state.conv?.key === key) state.conv.error = err.message;
  } finally {
    state.pending.delete(key);
    render();
  }
}

function target(key) {
  const c = state.customers.get(key) || (state.conv?.key === key ? state.conv.customer : null);
  return c && { customer_id: c.customer_id, page_id: c.page_id };
}

function assign(key) {
  const t = target(key);
  if (!t) return;
  optimistic(key, (c) => ({ ...c, agent_id: state.me.id, agent_name: state.me.name, is_assigned: true }),
    () => socket.request("assign_agent", t));
}

function release(key) {
  const t = target(key);
  if (!t) return;
  optimistic(key, (c) => ({ ...c, agent_id: null, agent_name: null, is_assigned: false }),
    () => socket.request("unassign_agent", t));
}

function transfer(key, agentId) {
  const t = target(key);
  const agent = state.agents.get(agentId);
  if (!t || !agent) return;
  optimistic(key, (c) => ({ ...c, agent_id: agentId, agent_name: agent.name, is_assigned: true }),
    async () => ({ customer: await api.transfer(t.customer_id, t.page_id, agentId) }));
}

function setPriority(key, priority) {
  const t = target(key);
  if (!t) return;
  optimistic(key, (c) => ({ ...c, priority }), () => socket.request("set_priority", { ...t, priority }));
}

function resolve(key) {
  const t = target(key);
  if (!t) return;
  optimistic(key, (c) => ({ ...c, stop: false, agent_id: null, agent_name: null }),
    async () => ({ customer: await api.setStop(t.customer_id, t.page_id, false) }));
}

async function send(event) {
  event.preventDefault();
  const conv = state.conv;
  const text = $("compose-text").value.trim();
  if (!conv || !text) return;
  const mine = { local: ++localId, sending: true, sender: "agent", direction: "outbound",
    agent_id: state.me.id, agent_name: state.me.name, text, timestamp: new Date().toISOString() };
  conv.messages.push(mine);
  conv.scroll = true;
  conv.error = "";
  $("compose-text").value = "";
  render();
  try {
    const sent = await socket.request("send_message", { ...target(conv.key), message: text });
    const index = conv.messages.indexOf(mine);
    const known = conv.messages.some((m) => sent.message_ids?.includes(m.id) || m.id === sent.message_id);
    if (index >= 0 && (known || (sent.message_ids || []).length > 1)) conv.messages.splice(index, 1);
    else if (index >= 0) Object.assign(mine, { id: sent.message_id, sending: false, timestamp: sent.timestamp });
    if (sent.auto_assigned) conv.notice = "You were assigned to this customer automatically.";
  } catch (err) {
    const index = conv.messages.indexOf(mine);
    if (index >= 0) conv.messages.splice(index, 1);
    conv.error = refusal(err);
    // Not delivered (or not confirmed): it waits under the messages, to retry or discard.
    if (err.data?.delivery) refreshOutgoing(conv.key);
    else if (!$("compose-text").value) $("compose-text").value = text;
  }
  render();
}

/**
 * What to show inline for a failed send: the server's message, except for one Facebook has
 * not confirmed — not a refusal: it may have been delivered, and its entry says so.
 */
const refusal = (err) => (err.data?.delivery === "unconfirmed" ? "" : err.message);

/** Retry or Discard on an undelivered message; a refusal shows like any other. */
async function onOutgoing(key, id, act) {
  const t = target(key);
  if (!t || state.busyOutgoing.has(id)) return;
  state.busyOutgoing.add(id);
  if (state.conv?.key === key) state.conv.error = "";
  render();
  try {
    await act(t);
  } catch (err) {
    if (state.conv?.key === key) state.conv.error = refusal(err);
    if (err.data?.delivery) refreshOutgoing(key);
  } finally {
    state.busyOutgoing.delete(id);
    render();
  }
}

function retry(key, id) {
  return onOutgoing(key, id, async (t) => {
    const sent = await socket.request("retry_message", { ...t, outgoing_id: id });
    const entry = settle(key, id);
    const conv = state.conv?.key === key ? state.conv : null;
    // A message of several parts comes back as several messages: their broadcasts bring them.
    if (conv && entry?.parts === 1 && sent.message_ids?.length === 1) {
      mergeMessage(conv, { id: sent.message_id, direction: "outbound", sender: "agent",
        agent_id: state.me.id, agent_name: state.me.name, text: sent.text, timestamp: sent.timestamp }, state.me);
    }
    if (conv && sent.auto_assigned) conv.notice = "You were assigned to this customer automatically.";
  });
}

function discard(key, id) {
  return onOutgoing(key, id, async (t) => {
    const reply = await socket.request("discard_message", { ...t, outgoing_id: id });
    settle(key, id);
    upsert(reply.customer);
  });
}

// ---- the open conversation ----

/** Tells the server which customer is open; their messages come while it is. */
function announceViewing() {
  const t = state.conv ? target(state.conv.key) : null;
  return socket.request("viewing", t || {}).catch(() => {});
}

async function loadConversation(key, fresh = true) {
  const t = target(key);
  if (!t) return;
  try {
    const reply = await socket.request("get_conversation", { ...t, limit: 200 });
    if (state.selected !== key) return;
    const pendingSends = fresh ? [] : state.conv.messages.filter((m) => m.sending);
    // In place: a send still waiting for its answer holds this object.
    Object.assign(state.conv, { messages: [...reply.messages, ...pendingSends], scroll: true });
    if (fresh) state.conv.error = state.conv.notice = "";
    upsert(reply.customer);
    applyOutgoing(reply.customer, reply.outgoing);
  } catch (err) {
    if (state.conv) state.conv.error = err.message;
  }
  render();
}

async function open(key) {
  const c = state.customers.get(key);
  if (!c) return;
  state.selected = key;
  state.cursor = key;
  state.conv = { key, customer: c, messages: [], error: "", notice: "" };
  render();
  // Viewing first: a message that arrives while the history loads is then broadcast to us.
  await announceViewing();
  await loadConversation(key);
  $("compose-text").focus();
}

function close() {
  state.selected = null;
  state.conv = null;
  announceViewing();
  render();
}

// ---- sign-in ----

async function start(agent) {
  state.me = agent;
  $("signin").hidden = true;
  $("app").hidden = false;
  $("who").textContent = `${agent.name} (${agent.email})`;
  $("settings-toggle").hidden = agent.role !== "admin";
  socket = new Socket({
    onBroadcast,
    onResync: resync,
    onStatus: setConnection,
    onClosedForGood: async () => {
      try {
        if ((await api.me()) === null) { signedOut(); return true; }
      } catch { /* server down: keep trying */ }
      return false;
    },
  });
  socket.start();
}

function signedOut(message = "") {
  socket?.stop();
  socket = null;
  Object.assign(state, { me: null, selected: null, conv: null, cursor: null, availability: "available" });
  for (const known of [state.customers, state.seen, state.outgoing, state.seenOutgoing, state.settled,
    state.viewers, state.agents]) known.clear();
  $("app").hidden = true;
  $("numbers").hidden = true;
  $("numbers-toggle").setAttribute("aria-expanded", "false");
  $("settings").hidden = true;
  $("settings-toggle").setAttribute("aria-expanded", "false");
  $("away-reason").textContent = "";
  $("signin").hidden = false;
  $("signin-error").textContent = message;
  $("email").focus();
}

$("signin-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("signin-error").textContent = "";
  try {
    const agent = await api.login($("email").value.trim(), $("password").value);
    $("password").value = "";
    await start(agent);
  } catch (err) {
    $("signin-error").textContent = err.message;
  }
});

$("signout").addEventListener("click", async () => {
  await api.logout().catch(() => {});
  signedOut();
});

$("numbers-toggle").addEventListener("click", () => {
  const open = $("numbers").hidden;
  $("numbers").hidden = !open;
  $("numbers-toggle").setAttribute("aria-expanded", String(open));
  if (open) showNumbers(state.me);
});
$("numbers-refresh").addEventListener("click", () => showNumbers(state.me));

$("settings-toggle").addEventListener("click", () => {
  const open = $("settings").hidden;
  $("settings").hidden = !open;
  $("settings-toggle").setAttribute("aria-expanded", String(open));
  if (open) showSettings(state.agents);
});
// Capacities changed perhaps: the loads' second numbers come from the agents list.
bindSettings(() => state.agents, async () => { await loadAgents(); render(); });
$("numbers-period").addEventListener("change", () => showNumbers(state.me));

$("availability").addEventListener("change", async (event) => {
  const previous = state.availability;
  state.availability = event.target.value;
  $("away-reason").textContent = "";
  try {
    await socket.request("set_availability", { status: state.availability });
  } catch (err) {
    state.availability = previous;
    event.target.value = previous;
    alert(err.message);
  }
});

$("sort").value = state.sort;
$("sort").addEventListener("change", (event) => {
  state.sort = event.target.value;
  localStorage.setItem("handoff-sort", state.sort);
  render();
});
$("page-filter").addEventListener("change", (event) => {
  state.pageFilter = event.target.value;
  localStorage.setItem("handoff-page", state.pageFilter);
  render();
});
$("compose").addEventListener("submit", send);
$("compose-text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) send(event);
});
$("back").addEventListener("click", close);

// ---- views, keyboard, notifications ----

function chooseView(view) {
  state.view = view;
  keepView(view);
  render();
}
bindTabs($("views"), chooseView);
$("queue").addEventListener("focusin", (event) => {
  if (event.target.tagName === "SELECT") pickingSince = Date.now();
});
// Left the select (activeElement settles after focusout): draw what changed meanwhile.
$("queue").addEventListener("focusout", () => setTimeout(() => listStale && state.me && render()));

/** Moves the keyboard's selection through the listed customers and shows it. */
function move(delta) {
  const keys = state.shown;
  if (!keys.length) return;
  const at = keys.indexOf(state.cursor);
  const next = at < 0 ? (delta > 0 ? 0 : keys.length - 1) : Math.min(keys.length - 1, Math.max(0, at + delta));
  state.cursor = keys[next];
  render();
  document.querySelector(`#queue [data-key="${CSS.escape(state.cursor)}"]`)?.scrollIntoView({ block: "nearest" });
}

bindKeys($("queue"), {
  move,
  open: () => state.cursor && open(state.cursor),
  // Whatever the list shows, the server decides: a customer someone took meanwhile is refused inline.
  claim: () => state.cursor && assign(state.cursor),
  view: chooseView,
  help: () => $("help").showModal(),
});
$("help-toggle").addEventListener("click", () => $("help").showModal());
setupNotify($("notify-toggle"), $("sound-toggle"));
$("conv-assign").addEventListener("click", () => state.conv && assign(state.conv.key));
$("conv-release").addEventListener("click", () => state.conv && release(state.conv.key));
$("conv-resolve").addEventListener("click", () => state.conv && resolve(state.conv.key));

// Messages waiting for Facebook time out into failed ones without a broadcast.
setInterval(() => {
  if (state.conv && waitsForFacebook(state.conv.key)) refreshOutgoing(state.conv.key);
}, 30000);

// Deadlines also pass for customers nobody touches; read them again now and then.
setInterval(() => state.me && refreshDeadlines(), 30000);

// Capacities change with the settings (perhaps another admin's): read the team again.
setInterval(async () => {
  if (!state.me) return;
  await loadAgents();
  render();
}, 30000);

// Live wait times, window countdowns and service-target marks.
setInterval(() => {
  tick();
  tickMarks();
  for (const node of document.querySelectorAll("[data-window]")) {
    const c = state.customers.get(node.dataset.window);
    if (c) node.textContent = windowText(c).text;
  }
}, 1000);

api.me().then((agent) => (agent ? start(agent) : signedOut()), () => signedOut("The server is unreachable"));
