// The queue: stopped customers of the chosen view (views.js) and page, highest priority then
// longest waiting first (or window closing soonest), with who holds each one, live wait
// time, the reply-window countdown, the service-target mark (deadlines.js), priority and
// thread marks (badges.js) and the row's actions.

import { el, customerKey, displayName, windowText } from "./util.js";
import { inView, countViews } from "./views.js";
import { PRIORITIES, priorityOf, priorityBadge, priorityControl, threadBadge } from "./badges.js";

/** Urgent first: the order the server and the router use (docs/routing.md#priority). */
const rank = (c) => PRIORITIES.length - PRIORITIES.indexOf(priorityOf(c));

function sorted(customers, sort) {
  if (sort === "window") {
    return [...customers].sort((a, b) => Date.parse(a.window_expires_at) - Date.parse(b.window_expires_at));
  }
  const waited = (c) => Date.parse(c.stopped_at || c.last_seen);
  return [...customers].sort((a, b) => rank(a) - rank(b) || waited(a) - waited(b));
}

function assigneeLine(c, me) {
  if (!c.agent_id) return el("span", { class: "assignee none" }, "Unassigned");
  const mine = c.agent_id === me.id;
  return el("span", { class: `assignee${mine ? " mine" : " other"}` }, `Assigned to ${c.agent_name || c.agent_id}`);
}

/**
 * What may be done to a customer: claim one nobody holds; release one you hold (an admin,
 * anyone's); an admin hands a held customer to another agent. A claim of someone else's
 * customer would only be refused, so it is not offered.
 */
function actions(c, key, nameId, name, state, on) {
  const mine = c.agent_id === state.me.id;
  const admin = state.me.role === "admin";
  // A transfer to yourself is a claim, refused while someone holds the customer.
  const targets = admin && c.agent_id
    ? [...state.agents].filter(([id]) => id !== c.agent_id && id !== state.me.id) : [];
  return el("div", { class: "actions" },
    c.agent_id ? null : el("button", { type: "button", "aria-describedby": nameId, onclick: () => on.assign(key) }, "Assign to me"),
    mine || (admin && c.agent_id) ? el("button", { type: "button", class: "secondary", "aria-describedby": nameId,
      onclick: () => on.release(key) }, "Release") : null,
    targets.length ? el("select", { class: "transfer", "aria-label": `Transfer ${name} to`,
      onchange: (event) => {
        event.target.blur(); // done picking: the row may be drawn again
        if (event.target.value) on.transfer(key, event.target.value);
      } },
    el("option", { value: "" }, "Transfer to…"),
    targets.map(([id, a]) => el("option", { value: id }, a.status === "available" ? a.name : `${a.name} (${a.status})`)))
      : null,
    priorityControl(c, name, (priority) => on.setPriority(key, priority)));
}

/**
 * Renders the list. `state`: {customers: Map, me, agents: Map, selected, cursor, sort,
 * pageFilter, view, errors: Map, pending: Set, viewers: Map}; `on`: {open, assign, release,
 * transfer, setPriority}. Returns the keys shown, in order, and each view's count.
 */
export function renderQueue(list, state, on) {
  const onPage = [...state.customers.values()].filter((c) => !state.pageFilter || c.page_id === state.pageFilter);
  const shown = sorted(onPage.filter((c) => inView(state.view, c, state.me)), state.sort);
  const items = shown.map((c) => {
    const key = customerKey(c);
    const name = displayName(c);
    const nameId = `q-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const win = windowText(c);
    const others = [...state.viewers.values()].filter((v) => v.key === key).map((v) => v.name);
    const classes = ["item", `prio-${priorityOf(c)}`, state.selected === key && "selected",
      state.cursor === key && "cursor", state.pending.has(key) && "pending"].filter(Boolean).join(" ");
    return el("li", {
      class: classes,
      "aria-labelledby": nameId,
      "aria-current": state.cursor === key ? "true" : null,
      "data-key": key,
    },
    el("div", { class: "row" },
      el("button", { type: "button", class: "open", id: nameId, "aria-label": `Open conversation with ${name}`,
        onclick: () => on.open(key) }, name),
      priorityBadge(c),
      el("span", { class: "muted small" }, c.page_name || c.page_id)),
    threadBadge(c),
    c.last_message ? el("div", { class: "last small" }, c.last_message) : null,
    el("div", { class: "row small" },
      el("span", { "data-since": c.stopped_at || c.last_seen, "data-prefix": "Waiting " }),
      el("span", { class: `window${win.soon ? " soon" : ""}`, "data-window": key }, win.text)),
    el("div", { class: "row" }, assigneeLine(c, state.me)),
    el("p", { class: "sla small", "data-due": key, hidden: true }),
    others.length ? el("p", { class: "viewers small" }, `Also viewing: ${others.join(", ")}`) : null,
    actions(c, key, nameId, name, state, on),
    el("p", { class: "error small", role: "alert" }, state.errors.get(key) || ""));
  });
  list.replaceChildren(...items);
  return { keys: shown.map(customerKey), counts: countViews(onPage, state.me) };
}

/** Keeps the page filter's options in step with the pages seen in the queue. */
export function renderPageFilter(select, customers, current) {
  const pages = new Map();
  for (const c of customers.values()) pages.set(c.page_id, c.page_name || c.page_id);
  if (current) pages.set(current, pages.get(current) || current);
  const options = [el("option", { value: "" }, "All pages"),
    ...[...pages].sort((a, b) => a[1].localeCompare(b[1]))
      .map(([id, name]) => el("option", { value: id }, name))];
  select.replaceChildren(...options);
  select.value = current || "";
}
