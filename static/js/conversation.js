// The open conversation: header (who holds it, priority and thread marks, reply window, who
// else is viewing), the full history with customer / bot / agent messages told apart, the agent messages that
// Facebook has not (or not yet) taken, and the message box.

import { el, displayName, dateTime, windowText } from "./util.js";
import { priorityBadge, threadBadge } from "./badges.js";

const $ = (id) => document.getElementById(id);

const SENDER_LABEL = { customer: "Customer", bot: "Bot", agent: "Agent" };

function messageItem(m, me) {
  let who = SENDER_LABEL[m.sender] || m.sender;
  if (m.sender === "agent") who = m.agent_id === me.id ? "You" : m.agent_name || "Agent";
  const classes = `msg ${m.sender}${m.sending ? " sending" : ""}`;
  return el("li", { class: classes, "data-id": m.id || "" },
    el("span", { class: "meta" },
      `${who} · `, el("time", { datetime: m.timestamp }, dateTime(m.timestamp)),
      m.sending ? " · sending…" : ""),
    m.text);
}

const OUTGOING_STATE = {
  pending: "Sending…",
  unconfirmed: "Sending… Facebook has not confirmed it yet",
  failed: "Not delivered",
};

/**
 * One undelivered message. Only a failed one can be acted on: its author may retry it;
 * the author, whoever holds the customer, or an admin may discard it.
 */
function outgoingItem(o, conv, state, on) {
  const me = state.me;
  const who = o.agent_id === me.id ? "You" : o.agent_name || "Agent";
  const busy = state.busyOutgoing.has(o.id);
  const failed = o.state === "failed";
  const parts = o.parts > 1 ? ` · ${o.parts_sent} of ${o.parts} parts sent` : "";
  const textId = `out-${o.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const canDiscard = o.agent_id === me.id || conv.customer.agent_id === me.id || me.role === "admin";
  return el("li", { class: `outgoing-msg ${o.state}`, "data-id": o.id },
    el("span", { class: "meta" },
      `${who} · `, el("time", { datetime: o.created_at }, dateTime(o.created_at)),
      ` · ${busy ? "Working…" : OUTGOING_STATE[o.state] || o.state}${parts}`),
    el("span", { class: "text", id: textId }, o.text),
    failed && o.error?.message ? el("span", { class: "reason" }, o.error.message) : null,
    failed ? el("span", { class: "actions" },
      o.agent_id === me.id ? el("button", { type: "button", disabled: busy, "aria-describedby": textId,
        onclick: () => on.retry(conv.key, o.id) }, "Retry") : null,
      canDiscard ? el("button", { type: "button", class: "secondary", disabled: busy, "aria-describedby": textId,
        onclick: () => on.discard(conv.key, o.id) }, "Discard") : null) : null);
}

/**
 * Renders the pane from `conv` = {key, customer, messages, error, notice} or null, with
 * the customer's undelivered messages from `state.outgoing`; `on`: {retry, discard}.
 */
export function renderConversation(conv, state, on) {
  $("conv-empty").hidden = Boolean(conv);
  $("conv").hidden = !conv;
  if (!conv) return;
  const c = conv.customer;
  const mine = c.agent_id === state.me.id;
  $("conv-name").textContent = displayName(c);
  $("conv-badges").replaceChildren(...[priorityBadge(c), threadBadge(c)].filter(Boolean));
  $("conv-page").textContent = c.page_name || c.page_id;
  $("conv-assignee").textContent = !c.stop
    ? "Back with the bot"
    : c.agent_id ? `Assigned to ${c.agent_name || c.agent_id}` : "Unassigned";
  const win = windowText(c);
  $("conv-window").textContent = win.text;
  $("conv-window").className = `window${win.soon ? " soon" : ""}`;
  const others = [...state.viewers.values()].filter((v) => v.key === conv.key).map((v) => v.name);
  $("conv-viewers").textContent = others.length ? `Also viewing: ${others.join(", ")}` : "";
  // As in the queue: nobody claims someone else's customer; only the holder or an admin releases.
  $("conv-assign").disabled = Boolean(c.agent_id) || !c.stop;
  $("conv-release").disabled = !c.agent_id || !(mine || state.me.role === "admin");
  $("conv-resolve").disabled = !c.stop;
  $("send").disabled = !c.stop;
  $("conv-error").textContent = conv.error || "";
  $("conv-notice").textContent = conv.notice || "";

  const log = $("messages");
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  log.replaceChildren(...conv.messages.map((m) => messageItem(m, state.me)));
  if (atBottom || conv.scroll) log.scrollTop = log.scrollHeight;
  conv.scroll = false;

  // A send of ours still waiting for its answer is shown once, as "sending…" in the log.
  const outgoing = (state.outgoing.get(conv.key) || []).filter((o) => !(o.state === "pending"
    && o.agent_id === state.me.id && conv.messages.some((m) => m.sending && m.text === o.text)));
  $("outgoing").replaceChildren(...outgoing.map((o) => outgoingItem(o, conv, state, on)));
}

/**
 * Adds a message from a broadcast or a reply, once: a message with the same id is
 * skipped, and our own optimistic copy (same text, still sending) is replaced.
 */
export function mergeMessage(conv, message, me) {
  if (conv.messages.some((m) => m.id && m.id === message.id)) return false;
  const optimistic = conv.messages.findIndex(
    (m) => m.sending && message.sender === "agent" && message.agent_id === me.id && m.text === message.text);
  if (optimistic >= 0) conv.messages.splice(optimistic, 1, message);
  else conv.messages.push(message);
  conv.scroll = true;
  return true;
}
