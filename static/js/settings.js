// The routing settings, for admins (docs/routing.md): policy, capacities, re-queue and idle
// limits, business hours, and per page the notices and the thread control on claim and
// release (docs/messenger.md#conversation-routing). It reads GET /api/dashboard/routing and
// saves with PUT the object it read with the form's fields changed: a field left out of a
// PUT takes its default, so what the form does not show (page policies, priority rules)
// goes back as it came. A refusal shows the server's message above the Save button.

import * as api from "./api.js";
import { el } from "./util.js";

const $ = (id) => document.getElementById(id);
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

let loaded = null; // the settings as last read or saved: the base of the next save
let pages = []; // [{id, name}]

const list = (text) => text.split(/[\s,]+/).filter(Boolean);

function agentFields(agents) {
  $("set-agents").replaceChildren(...[...agents].map(([id, a]) => el("label", {},
    `Capacity of ${a.name}`,
    el("input", { type: "number", min: "0", max: "100", "data-agent": id,
      placeholder: `default (${loaded.default_capacity})`, value: loaded.agent_capacity[id] ?? "" }))));
}

const MOMENTS = [["on_claim", "When an agent takes a customer"], ["on_release", "When a customer goes back to the bot"]];

/** What a page does to the customer's Messenger thread at `moment`: nothing, take it, or pass it. */
function threadField(page, moment, label) {
  const chosen = loaded.thread_control[page.id]?.[moment] || { action: "nothing" };
  const action = el("select", { "data-thread": moment, "data-page": page.id, "aria-label": `${label}, the thread of ${page.name}` },
    el("option", { value: "nothing" }, "stays where it is"),
    el("option", { value: "take" }, "comes to handoff"),
    el("option", { value: "pass" }, "goes to the app"));
  action.value = chosen.action;
  const app = el("input", { "data-thread-app": moment, "data-page": page.id, inputmode: "numeric",
    placeholder: "263902037430900 (Page Inbox)", "aria-label": `${label}, the app of ${page.name}` });
  app.value = chosen.app_id || "";
  const showApp = () => { app.hidden = action.value !== "pass"; };
  action.addEventListener("change", showApp);
  showApp();
  return el("label", {}, `${label}, the thread `, action, " ", app);
}

/** The page's thread control as the form has it; `null` when both moments leave it alone. */
function collectThread(page) {
  const field = (attr, moment) => document.querySelector(`#set-pages [${attr}="${moment}"][data-page="${CSS.escape(page.id)}"]`);
  const control = Object.fromEntries(MOMENTS.map(([moment]) => {
    const action = field("data-thread", moment).value;
    return [moment, action === "pass" ? { action, app_id: field("data-thread-app", moment).value.trim() } : { action }];
  }));
  return MOMENTS.every(([moment]) => control[moment].action === "nothing") ? null : control;
}

/** One page's notices: a text replaces the default; the return notice may also be nothing. */
function pageFields(page) {
  const has = (map) => Object.hasOwn(map, page.id);
  const returning = !has(loaded.return_notices) ? "default" : loaded.return_notices[page.id] === null ? "none" : "text";
  const mode = el("select", { "data-return-mode": page.id, "aria-label": `Return notice of ${page.name}` },
    el("option", { value: "default" }, "the default text"),
    el("option", { value: "none" }, "nothing"),
    el("option", { value: "text" }, "this text:"));
  mode.value = returning;
  const area = (attr, label, value, placeholder) => {
    const box = el("textarea", { rows: "2", [attr]: page.id, placeholder });
    box.value = value ?? "";
    return el("label", {}, label, box);
  };
  return el("fieldset", { class: "page-notices" },
    el("legend", {}, page.name),
    el("label", {}, `When a person gives a customer back to the bot, ${page.name} says`, mode),
    area("data-return", `Return notice text of ${page.name}`, returning === "text" ? loaded.return_notices[page.id] : "",
      "You're now chatting with our automated assistant again…"),
    area("data-closed", `Closed notice of ${page.name} (empty: the default; {opens} is when the team is back)`,
      loaded.closed_notices[page.id], "I've notified our team. We're closed right now and back {opens}…"),
    area("data-queue", `Queue notice of ${page.name} (empty: the default; {position} and {wait})`,
      loaded.queue_notices[page.id], "You're number {position} in the queue. Estimated wait: {wait}."),
    ...MOMENTS.map(([moment, label]) => threadField(page, moment, label)));
}

function fill(agents) {
  const s = loaded;
  $("set-policy").value = s.policy;
  $("set-capacity").value = s.default_capacity;
  $("set-requeue").value = s.requeue_after_seconds;
  $("set-away").value = s.auto_away_after_seconds;
  agentFields(agents);
  const hours = s.business_hours;
  $("set-hours-on").checked = Boolean(hours);
  $("set-hours").hidden = !hours;
  $("set-zone").value = hours?.time_zone || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  for (const input of document.querySelectorAll("#set-hours [data-day]")) {
    input.value = (hours?.weekly?.[input.dataset.day] || []).join(", ");
  }
  $("set-holidays").value = (hours?.holidays || []).join("\n");
  $("set-position").checked = s.position_in_notice;
  $("set-pages").replaceChildren(...pages.map(pageFields));
}

/** The loaded settings with the form's values in place. */
function collect() {
  const s = structuredClone(loaded);
  s.policy = $("set-policy").value;
  s.default_capacity = Number($("set-capacity").value);
  s.requeue_after_seconds = Number($("set-requeue").value);
  s.auto_away_after_seconds = Number($("set-away").value);
  for (const input of document.querySelectorAll("#set-agents [data-agent]")) {
    if (input.value === "") delete s.agent_capacity[input.dataset.agent];
    else s.agent_capacity[input.dataset.agent] = Number(input.value);
  }
  s.business_hours = $("set-hours-on").checked ? {
    time_zone: $("set-zone").value.trim(),
    weekly: Object.fromEntries(DAYS
      .map((day) => [day, list(document.querySelector(`#set-hours [data-day=${day}]`).value)])
      .filter(([, times]) => times.length)),
    holidays: list($("set-holidays").value),
  } : null;
  s.position_in_notice = $("set-position").checked;
  for (const page of pages) {
    const text = (attr) => document.querySelector(`#set-pages [${attr}="${CSS.escape(page.id)}"]`).value.trim();
    const mode = document.querySelector(`#set-pages [data-return-mode="${CSS.escape(page.id)}"]`).value;
    if (mode === "default") delete s.return_notices[page.id];
    else s.return_notices[page.id] = mode === "none" ? null : text("data-return");
    for (const [field, attr] of [["closed_notices", "data-closed"], ["queue_notices", "data-queue"]]) {
      if (text(attr)) s[field][page.id] = text(attr);
      else delete s[field][page.id];
    }
    const thread = collectThread(page);
    if (thread) s.thread_control[page.id] = thread;
    else delete s.thread_control[page.id];
  }
  return s;
}

function message(error, saved = "") {
  $("settings-error").textContent = error;
  $("settings-saved").textContent = saved;
}

/** Reads the settings (and the pages) and fills the form; `agents`: Map id → {name}. */
export async function showSettings(agents) {
  message("");
  try {
    [loaded, pages] = await Promise.all([api.routing(), api.pages()]);
    fill(agents);
  } catch (err) {
    message(err.message);
  }
}

/** Wires the form; `agents()` gives the current Map of agents, `onSaved()` follows a save. */
export function bindSettings(agents, onSaved) {
  const zones = Intl.supportedValuesOf?.("timeZone") || [];
  $("zones").replaceChildren(...zones.map((zone) => el("option", { value: zone })));
  $("set-hours-on").addEventListener("change", (event) => { $("set-hours").hidden = !event.target.checked; });
  $("settings-form").addEventListener("input", () => { $("settings-saved").textContent = ""; });
  $("settings-reload").addEventListener("click", () => showSettings(agents()));
  $("settings-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!loaded) return;
    message("");
    $("settings-save").disabled = true;
    try {
      loaded = await api.putRouting(collect());
      fill(agents());
      message("", "Saved.");
      onSaved();
    } catch (err) {
      message(err.message);
    } finally {
      $("settings-save").disabled = false;
    }
  });
}
