// The agent console: sign-in, then the live queue and one open conversation, kept in step
// with the server through the WebSocket (REST for sign-in and Resolve).

import * as api from "./api.js";
import { Socket } from "./socket.js";
import { renderQueue, renderPageFilter } from "./queue.js";
import { renderConversation, mergeMessage } from "./conversation.js";
import { customerKey, tick, windowText } from "./util.js";

const $ = (id) => document.getElementById(id);

const state = {
  me: null,
  customers: new Map(), // key → customer view (stop=true only)
  selected: null, // key of the open conversation
  conv: null, // {key, customer, messages, error, notice}
  sort: localStorage.getItem("handoff-sort") || "waiting",
  pageFilter: localStorage.getItem("handoff-page") || "",
  errors: new Map(), // key → the server's message, shown inline on the row
  pending: new Set(), // keys with an optimistic change in flight
  viewers: new Map(), // other agent id → {name, key}
  agents: new Map(), // agent id → {name, status}
  availability: "available",
  syncs: 0,
};
let socket = null;
let localId = 0;

// ---- rendering ----

function render() {
  const shown = renderQueue($("queue"), state, { open, assign, release });
  $("queue-count").textContent = shown ? String(shown) : "";
  $("queue-empty").hidden = shown > 0;
  renderConversation(state.conv, state);
  $("app").classList.toggle("viewing", Boolean(state.conv));
  renderTeam();
  tick();
}

function renderTeam() {
  const others = [...state.agents].filter(([id]) => id !== state.me?.id)
    .map(([, a]) => `${a.name}: ${a.status}`);
  $("team").textContent = others.length ? `Team — ${others.join(" · ")}` : "";
}

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

function upsert(customer) {
  const key = customerKey(customer);
  const known = state.customers.get(key) || (state.conv?.key === key ? state.conv.customer : null);
  if (!customer.customer_name && known?.customer_name) {
    const { customer_name, first_name, last_name } = known;
    customer = { ...customer, customer_name, first_name, last_name };
  } else if (!customer.customer_name && customer.stop && !nameResync) {
    // The profile name is looked up after the first message, without a broadcast: fetch it.
    nameResync = setTimeout(() => { nameResync = null; if (socket?.connected) resync("name"); }, 1500);
  }
  if (customer.stop) state.customers.set(key, customer);
  else state.customers.delete(key);
  if (state.conv && state.conv.key === key) state.conv.customer = customer;
}

async function resync(reason) {
  try {
    const [queue] = await Promise.all([
      socket.request("get_stopped_customers", { limit: 200, sort: state.sort }),
      reason === "connected" ? loadAgents() : null,
    ]);
    state.customers = new Map(queue.customers.map((c) => [customerKey(c), c]));
    if (reason === "connected") {
      if (state.availability !== "available") await socket.request("set_availability", { status: state.availability });
      if (state.conv) announceViewing();
    }
    if (state.conv) await loadConversation(state.conv.key, false);
    state.syncs += 1;
    document.body.dataset.syncs = String(state.syncs);
    renderPageFilter($("page-filter"), state.customers, state.pageFilter);
    render();
  } catch (err) {
    console.warn("resync failed", err);
  }
}

async function loadAgents() {
  try {
    for (const a of await api.agents()) state.agents.set(a.id, { name: a.name, status: a.status });
  } catch { /* the team line is a nicety */ }
}

function onBroadcast({ type, data }) {
  switch (type) {
    case "agent_requested":
    case "agent_assignment_changed":
    case "customer_stop_status_changed": {
      const key = customerKey(data.customer);
      if (!state.pending.has(key)) state.errors.delete(key);
      upsert(data.customer);
      renderPageFilter($("page-filter"), state.customers, state.pageFilter);
      break;
    }
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
      if (state.conv && state.conv.key === key) mergeMessage(state.conv, data.message, state.me);
      break;
    }
    case "agent_availability_changed": {
      const agent = state.agents.get(data.agent_id) || { name: data.agent_id };
      state.agents.set(data.agent_id, { ...agent, status: data.status });
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
  const beforeConv = state.conv?.key === key ? state.conv.customer : null;
  state.errors.delete(key);
  if (state.conv?.key === key) state.conv.error = "";
  state.pending.add(key);
  if (before) upsert(change(structuredClone(before)));
  render();
  try {
    const reply = await request();
    if (reply?.customer) upsert(reply.customer);
  } catch (err) {
    if (before) state.customers.set(key, before);
    if (beforeConv) state.conv.customer = beforeConv;
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
    conv.messages.splice(conv.messages.indexOf(mine), 1);
    conv.error = err.message;
    if (!$("compose-text").value) $("compose-text").value = text;
  }
  render();
}

// ---- the open conversation ----

function announceViewing() {
  const t = state.conv ? target(state.conv.key) : null;
  socket.request("viewing", t || {}).catch(() => {});
}

async function loadConversation(key, fresh = true) {
  const t = target(key);
  if (!t) return;
  try {
    const conv = await socket.request("get_conversation", { ...t, limit: 200 });
    if (state.selected !== key) return;
    const pendingSends = fresh ? [] : state.conv.messages.filter((m) => m.sending);
    state.conv = { ...(fresh ? {} : state.conv), key, customer: conv.customer,
      messages: [...conv.messages, ...pendingSends], scroll: true };
    if (fresh) state.conv.error = state.conv.notice = "";
  } catch (err) {
    if (state.conv) state.conv.error = err.message;
  }
  render();
}

async function open(key) {
  const c = state.customers.get(key);
  if (!c) return;
  state.selected = key;
  state.conv = { key, customer: c, messages: [], error: "", notice: "" };
  render();
  announceViewing();
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
  Object.assign(state, { me: null, selected: null, conv: null });
  state.customers.clear();
  state.viewers.clear();
  state.agents.clear();
  $("app").hidden = true;
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

$("availability").addEventListener("change", async (event) => {
  const previous = state.availability;
  state.availability = event.target.value;
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
$("conv-assign").addEventListener("click", () => state.conv && assign(state.conv.key));
$("conv-release").addEventListener("click", () => state.conv && release(state.conv.key));
$("conv-resolve").addEventListener("click", () => state.conv && resolve(state.conv.key));

// Live wait times and window countdowns.
setInterval(() => {
  tick();
  for (const node of document.querySelectorAll("[data-window]")) {
    const c = state.customers.get(node.dataset.window);
    if (c) node.textContent = windowText(c).text;
  }
}, 1000);

api.me().then((agent) => (agent ? start(agent) : signedOut()), () => signedOut("The server is unreachable"));
