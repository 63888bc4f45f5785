// The small marks on a customer, in the queue and in the conversation's header: their
// priority (low, high and urgent are marked; normal, the usual case, shows nothing) with the
// control that changes it, and another Messenger app holding the conversation's thread
// (the bot cannot answer while it does).

import { el } from "./util.js";

export const PRIORITIES = ["low", "normal", "high", "urgent"];
const PRIORITY_LABEL = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" };
/** Meta's Page Inbox (Meta Business Suite), the app a page's people answer from by hand. */
const PAGE_INBOX = "263902037430900";

export const priorityOf = (c) => (PRIORITIES.includes(c.priority) ? c.priority : "normal");

export function priorityBadge(c) {
  const p = priorityOf(c);
  if (p === "normal") return null;
  return el("span", { class: `prio ${p}`, title: `${PRIORITY_LABEL[p]} priority` }, PRIORITY_LABEL[p]);
}

/** A select changing the priority; `onChange(priority)`. */
export function priorityControl(c, name, onChange) {
  const select = el("select", { class: "prio-select", "aria-label": `Priority of ${name}`,
    onchange: (event) => {
      event.target.blur(); // done picking: the row may be drawn again
      onChange(event.target.value);
    } },
  PRIORITIES.map((p) => el("option", { value: p }, PRIORITY_LABEL[p])));
  select.value = priorityOf(c);
  return select;
}

/** "Thread held by Page Inbox" while another app holds the thread, else null. */
export function threadText(c) {
  const owner = c.thread_owner;
  if (!owner) return null;
  if (owner === PAGE_INBOX) return "Thread held by Page Inbox";
  return owner === "unknown" ? "Thread held by another app" : `Thread held by app ${owner}`;
}

export function threadBadge(c) {
  const text = threadText(c);
  return text && el("span", { class: "thread", title: "The bot cannot answer while another app holds the thread" }, text);
}
