// Small DOM and time helpers shared by the console's modules.

/** el("li", {class: "x", "aria-label": "y"}, child, "text", ...) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

export const customerKey = (c) => `${c.page_id}|${c.customer_id}`;

export function displayName(c) {
  const name = c.customer_name || [c.first_name, c.last_name].filter(Boolean).join(" ");
  return name || c.customer_id;
}

/** 75 s → "1m 15s", 2 h → "2h 0m", 3 days → "3d 4h". */
export function duration(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60), sec = s % 60;
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${sec}s`;
  return `${sec}s`;
}

export const time = (iso) =>
  new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

export function dateTime(iso) {
  const d = new Date(iso);
  const today = new Date().toDateString() === d.toDateString();
  return today ? time(iso) : `${d.toLocaleDateString()} ${time(iso)}`;
}

/** "Reply window: 23h 59m" text for a customer; `soon` when under an hour or closed. */
export function windowText(c, now = Date.now()) {
  const standard = Date.parse(c.response_window_expires_at) - now;
  const human = Date.parse(c.window_expires_at) - now;
  if (human <= 0) return { text: "Reply window closed", soon: true };
  if (standard > 0) return { text: `Reply window: ${duration(standard)} left`, soon: standard < 3600e3 };
  return { text: `Reply window: ${duration(human)} left (human agent tag)`, soon: human < 3600e3 };
}

/** Refreshes every live time on the page: [data-since] (elapsed) and [data-window]. */
export function tick(root = document) {
  const now = Date.now();
  for (const node of root.querySelectorAll("[data-since]")) {
    node.textContent = `${node.dataset.prefix || ""}${duration(now - Date.parse(node.dataset.since))}`;
  }
}
