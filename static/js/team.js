// The team panel and the signed-in agent's load: the agents at work, available first, then
// away, each with their load — the customers they hold out of their capacity — and, after the
// server set them away, why ("away (inactive)"). Offline agents fold away behind their count,
// so a large team stays one short line.

import { el } from "./util.js";

const ORDER = { available: 0, away: 1, offline: 2 };
const REASONS = { inactive: "inactive", unanswered: "a customer waited" };

/** "2 / 5"; capacity 0 is "2 / manual" (the router hands them nobody); unknown: "2". */
export function loadText(held, capacity) {
  if (capacity === undefined || capacity === null) return String(held);
  return `${held} / ${capacity === 0 ? "manual" : capacity}`;
}

/** How many customers each agent holds, from the queue: agent id → count. */
export function loads(customers) {
  const held = new Map();
  for (const c of customers.values()) if (c.agent_id) held.set(c.agent_id, (held.get(c.agent_id) || 0) + 1);
  return held;
}

export function statusText(agent) {
  const reason = agent.status === "away" && agent.reason ? ` (${REASONS[agent.reason] || agent.reason})` : "";
  return `${agent.status}${reason}`;
}

/** `state.agents`: Map id → {name, status, capacity, reason?}; `held`: loads(). */
export function renderTeam(state, held) {
  const agents = [...state.agents].sort(([, a], [, b]) =>
    (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3) || a.name.localeCompare(b.name));
  const counts = Object.fromEntries(Object.keys(ORDER).map((s) => [s, 0]));
  for (const [, a] of agents) if (a.status in counts) counts[a.status] += 1;
  document.getElementById("team-counts").textContent =
    `— ${counts.available} available · ${counts.away} away · ${counts.offline} offline`;
  const item = ([id, a]) =>
    el("li", { class: `member ${a.status}`, "data-agent": id },
      el("span", { class: "dot", "aria-hidden": "true" }),
      el("span", { class: "member-name" }, `${a.name}: ${statusText(a)}`),
      el("span", { class: "member-load", title: "Holds / capacity" }, ` · ${loadText(held.get(id) || 0, a.capacity)}`),
      id === state.me.id ? el("span", { class: "muted" }, " (you)") : null);
  const offline = agents.filter(([, a]) => a.status === "offline");
  document.getElementById("team-list").replaceChildren(
    ...agents.filter(([, a]) => a.status !== "offline").map(item));
  const folded = document.getElementById("team-offline");
  folded.hidden = offline.length === 0;
  folded.querySelector("summary").textContent = `${offline.length} offline`;
  document.getElementById("team-offline-list").replaceChildren(...offline.map(item));
}
