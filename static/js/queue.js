// The queue: stopped customers, longest waiting (or window closing soonest) first, with
// who holds each one, live wait time, the reply-window countdown, the service-target mark
// (deadlines.js) and the row's actions.

import { el, customerKey, displayName, windowText } from "./util.js";

function sorted(customers, sort) {
  const by = sort === "window"
    ? (c) => Date.parse(c.window_expires_at)
    : (c) => Date.parse(c.stopped_at || c.last_seen);
  return [...customers].sort((a, b) => by(a) - by(b));
}

function assigneeLine(c, me) {
  if (!c.agent_id) return el("span", { class: "assignee none" }, "Unassigned");
  const mine = c.agent_id === me.id;
  return el("span", { class: `assignee${mine ? " mine" : ""}` }, `Assigned to ${c.agent_name || c.agent_id}`);
}

/**
 * Renders the list. `state`: {customers: Map, me, selected, sort, pageFilter, errors: Map,
 * pending: Set, viewers: Map}; `on`: {open, assign, release}.
 */
export function renderQueue(list, state, on) {
  const shown = sorted(
    [...state.customers.values()].filter((c) => !state.pageFilter || c.page_id === state.pageFilter),
    state.sort,
  );
  const items = shown.map((c) => {
    const key = customerKey(c);
    const name = displayName(c);
    const nameId = `q-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const win = windowText(c);
    const mine = c.agent_id === state.me.id;
    const others = [...state.viewers.values()].filter((v) => v.key === key).map((v) => v.name);
    return el("li", {
      class: `item${state.selected === key ? " selected" : ""}${state.pending.has(key) ? " pending" : ""}`,
      "aria-labelledby": nameId,
      "data-key": key,
    },
    el("div", { class: "row" },
      el("button", { type: "button", class: "open", id: nameId, "aria-label": `Open conversation with ${name}`,
        onclick: () => on.open(key) }, name),
      el("span", { class: "muted small" }, c.page_name || c.page_id)),
    c.last_message ? el("div", { class: "last small" }, c.last_message) : null,
    el("div", { class: "row small" },
      el("span", { "data-since": c.stopped_at || c.last_seen, "data-prefix": "Waiting " }),
      el("span", { class: `window${win.soon ? " soon" : ""}`, "data-window": key }, win.text)),
    el("div", { class: "row" }, assigneeLine(c, state.me)),
    el("p", { class: "sla small", "data-due": key, hidden: true }),
    others.length ? el("p", { class: "viewers small" }, `Also viewing: ${others.join(", ")}`) : null,
    el("div", { class: "actions" },
      el("button", { type: "button", disabled: mine, "aria-describedby": nameId, onclick: () => on.assign(key) }, "Assign to me"),
      el("button", { type: "button", class: "secondary", disabled: !c.agent_id, "aria-describedby": nameId,
        onclick: () => on.release(key) }, "Release")),
    el("p", { class: "error small", role: "alert" }, state.errors.get(key) || ""));
  });
  list.replaceChildren(...items);
  return shown.length;
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
