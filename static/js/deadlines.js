// Service targets in the queue: each waiting customer's next deadline (a claim, then a first
// answer) from GET /api/dashboard/deadlines, marked "at risk" in the last quarter of the
// target and "breached" after it (docs/metrics.md). The marks move with the clock; the
// deadlines are read again when the queue changes and every half minute.

import * as api from "./api.js";
import { duration } from "./util.js";

const due = new Map(); // customer key → {target, target_seconds, due_at}
let share = 0.25;
let skew = 0; // server clock − this clock, in ms
let loading = null;
let again = false;

const TARGET_NAMES = { claim: "claim", first_response: "first answer" };

/** Reads the deadlines (one read at a time; a change meanwhile reads once more). */
export async function loadDeadlines(onLoaded) {
  if (loading) {
    again = true;
    return loading;
  }
  loading = (async () => {
    try {
      const d = await api.deadlines();
      skew = Date.parse(d.at) - Date.now();
      share = d.at_risk_share;
      due.clear();
      for (const entry of d.due) due.set(`${entry.page_id}|${entry.customer_id}`, entry);
      onLoaded();
    } catch (err) {
      console.warn("deadlines not read", err);
    }
  })();
  await loading;
  loading = null;
  if (again) {
    again = false;
    await loadDeadlines(onLoaded);
  }
}

/** The mark of a customer now: {state: "at-risk" | "breached", text}, or null. */
export function markOf(key, now = Date.now()) {
  const d = due.get(key);
  if (!d) return null;
  const left = Date.parse(d.due_at) - (now + skew);
  const what = TARGET_NAMES[d.target] || d.target;
  if (left < 0) return { state: "breached", text: `Breached: ${what} ${duration(-left)} late` };
  if (left <= share * d.target_seconds * 1000) return { state: "at-risk", text: `At risk: ${what} due in ${duration(left)}` };
  return null;
}

/** Refreshes every [data-due] node: its text and its class. */
export function tickMarks(root = document) {
  const now = Date.now();
  for (const node of root.querySelectorAll("[data-due]")) {
    const mark = markOf(node.dataset.due, now);
    node.textContent = mark ? mark.text : "";
    node.className = `sla small${mark ? ` ${mark.state}` : ""}`;
    node.hidden = !mark;
  }
}
