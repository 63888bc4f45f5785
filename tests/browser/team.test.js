// Routing a team in the console, in a real browser: a company of three agents (Alice and
// Carol agents, Bob admin) outside demo mode, customers through signed webhooks (their names
// from the Graph stand-in). The views and their counts, someone else's customer and an
// admin's transfer, priority, loads and the team panel, notifications while the tab is
// hidden, the keyboard, the thread-owner mark, the admin's routing settings and the
// server's automatic away. Screenshots of every step go to target/browser-screenshots/.
//
// Run: cargo build && npm ci --prefix tests/browser && node --test tests/browser/

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { SHOTS, SITE, startSite, signIn, webhook, postWebhook } from "./harness.js";

const TENANTS = `
[[company]]
id = "acme"
name = "Acme Inc"

  [[company.page]]
  id = "${SITE.page}"
  name = "Acme Store"
  access_token = "${SITE.pageToken}"
${[["alice", "Alice Smith", "agent"], ["bob", "Bob Jones", "admin"], ["carol", "Carol Diaz", "agent"]]
    .map(([id, name, role]) => `
  [[company.agent]]
  id = "${id}"
  name = "${name}"
  email = "${id}@acme.test"
  password = "correct horse"
  role = "${role}"
`).join("")}`;

const CUSTOMERS = {
  dana: ["Dana", "Fox"], eli: ["Eli", "Gray"], finn: ["Finn", "Hale"],
  gus: ["Gus", "Ives"], hana: ["Hana", "Jo"], ivy: ["Ivy", "Kerr"],
};
const psid = (who) => `psid-${who}-${process.pid}`;
const PROFILES = Object.fromEntries(Object.entries(CUSTOMERS)
  .map(([who, [first_name, last_name]]) => [psid(who), { first_name, last_name }]));
const LONG = 30_000;

/**
 * Before the console loads: a Notification stand-in that records what it is asked to show
 * (permission "default" until asked), and a page visibility the test switches.
 */
function stubNotificationsAndVisibility() {
  window.__notes = [];
  window.__hidden = false;
  class FakeNotification {
    static permission = "default";
    static async requestPermission() {
      FakeNotification.permission = "granted";
      return "granted";
    }
    constructor(title, options = {}) {
      window.__notes.push({ title, body: options.body, tag: options.tag });
    }
    close() {}
  }
  window.Notification = FakeNotification;
  Object.defineProperty(document, "visibilityState", {
    configurable: true,
    get: () => (window.__hidden ? "hidden" : "visible"),
  });
  Object.defineProperty(document, "hidden", { configurable: true, get: () => window.__hidden });
}

describe("routing a team in the console", () => {
  let browser, base, stop;
  let alice, bob, carol;
  const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const queue = (page) => page.getByRole("list", { name: "Waiting customers" });
  const row = (page, name) => queue(page).getByRole("listitem").filter({ hasText: name });
  const tab = (page, name) => page.getByRole("tab", { name, exact: true });
  const member = (page, name) => page.getByRole("list", { name: "Team members" }).getByRole("listitem")
    .filter({ hasText: name });
  const say = (who, text) => webhook(base, SITE.appSecret, SITE.page, psid(who), text);
  const name = (who) => CUSTOMERS[who].join(" ");

  /** A customer who says hello (the profile names them), then asks for a person. */
  async function asks(who) {
    await say(who, "hello");
    await alice.waitForFunction(async (id) => {
      const res = await fetch(`/api/dashboard/customers/${id}`);
      return res.ok && Boolean((await res.json()).customer_name);
    }, psid(who), { timeout: LONG, polling: 200 });
    await say(who, "I want to talk to a human please");
  }

  before(async () => {
    ({ base, browser, stop } = await startSite(TENANTS, { profiles: PROFILES }));
  });

  after(async () => {
    await stop?.();
  });

  it("signs three agents in", async () => {
    alice = await signIn(browser, base, "alice@acme.test", "correct horse",
      (page) => page.addInitScript(stubNotificationsAndVisibility));
    bob = await signIn(browser, base, "bob@acme.test", "correct horse");
    carol = await signIn(browser, base, "carol@acme.test", "correct horse");
    for (const page of [alice, bob, carol]) {
      await member(page, "Carol Diaz: available").waitFor();
      await page.locator("#team-counts").filter({ hasText: "3 available · 0 away · 0 offline" }).waitFor();
    }
    await shot(bob, "20-team-signed-in");
  });

  it("shows Mine, Unassigned and All with their counts, and keeps the choice", async () => {
    for (const who of ["dana", "eli", "finn"]) await asks(who);
    for (const who of ["dana", "eli", "finn"]) await row(alice, name(who)).waitFor({ timeout: LONG });
    await row(alice, "Dana Fox").getByRole("button", { name: "Assign to me" }).click();
    await row(carol, "Eli Gray").getByRole("button", { name: "Assign to me" }).click();
    await row(alice, "Eli Gray").getByText("Assigned to Carol Diaz", { exact: true }).waitFor();
    await tab(alice, "Mine 1").waitFor();
    await tab(alice, "Unassigned 1").waitFor();
    await tab(alice, "All 3").waitFor();
    assert.equal(await tab(alice, "All 3").getAttribute("aria-selected"), "true", "All is the first view");
    await shot(alice, "21-views-all");

    await tab(alice, "Mine 1").click();
    await row(alice, "Eli Gray").waitFor({ state: "detached" });
    await row(alice, "Dana Fox").waitFor();
    assert.equal(await queue(alice).getByRole("listitem").count(), 1);
    await shot(alice, "22-views-mine");

    await tab(alice, "Unassigned 1").click();
    await row(alice, "Dana Fox").waitFor({ state: "detached" });
    await row(alice, "Finn Hale").waitFor();
    assert.equal(await queue(alice).getByRole("listitem").count(), 1);
    assert.equal(await tab(alice, "Unassigned 1").getAttribute("aria-selected"), "true");

    // The choice survives a change of the list and a reload.
    await row(bob, "Finn Hale").getByRole("button", { name: "Assign to me" }).click();
    await row(alice, "Finn Hale").waitFor({ state: "detached" });
    await tab(alice, "Unassigned 0").waitFor();
    await alice.getByText("Nobody is waiting for an agent.").waitFor();
    await shot(alice, "23-views-unassigned-empty");
    await row(bob, "Finn Hale").getByRole("button", { name: "Release" }).click();
    await row(alice, "Finn Hale").waitFor();
    await alice.reload();
    await alice.getByRole("status").filter({ hasText: "Connected" }).waitFor();
    await tab(alice, "Unassigned 1").waitFor();
    assert.equal(await tab(alice, "Unassigned 1").getAttribute("aria-selected"), "true");
    await row(alice, "Finn Hale").waitFor();
    await tab(alice, "All 3").click();
    await row(alice, "Dana Fox").waitFor();
  });

  it("shows who holds someone else's customer, offers no claim, and lets an admin transfer", async () => {
    const eli = row(alice, "Eli Gray");
    await eli.getByText("Assigned to Carol Diaz", { exact: true }).waitFor();
    assert.equal(await eli.getByRole("button", { name: "Assign to me" }).count(), 0, "no claim of Carol's customer");
    assert.equal(await eli.getByRole("button", { name: "Release" }).count(), 0, "only Carol or an admin releases");
    assert.equal(await eli.getByLabel("Transfer Eli Gray to").count(), 0, "agents do not transfer");
    await shot(alice, "24-held-by-other");

    // Bob, an admin, may hand Carol's customer to Alice (not to Carol again, nor to himself:
    // that would be a claim).
    await member(bob, "Alice Smith: available").waitFor(); // back since her reload
    const transfer = row(bob, "Eli Gray").getByLabel("Transfer Eli Gray to");
    const options = await transfer.locator("option").allTextContents();
    assert.deepEqual(options, ["Transfer to…", "Alice Smith"]);
    await shot(bob, "25-admin-transfer");
    await transfer.selectOption({ label: "Alice Smith" });
    await row(bob, "Eli Gray").getByText("Assigned to Alice Smith", { exact: true }).waitFor();
    await tab(alice, "Mine 2").click();
    await row(alice, "Eli Gray").getByText("Assigned to Alice Smith", { exact: true }).waitFor();
    await tab(carol, "Mine 0").waitFor();
    await shot(alice, "26-transferred-to-alice");
    await tab(alice, "All 3").click();
  });

  it("marks priority and changes it for everyone", async () => {
    const finn = row(alice, "Finn Hale");
    assert.equal(await finn.locator(".prio").count(), 0, "normal is not marked");
    // Oldest first while all are normal.
    await queue(alice).getByRole("listitem").first().filter({ hasText: "Dana Fox" }).waitFor();
    await row(bob, "Finn Hale").getByLabel("Priority of Finn Hale").selectOption("urgent");
    await finn.locator(".prio.urgent").filter({ hasText: "Urgent" }).waitFor();
    assert.equal(await finn.getByLabel("Priority of Finn Hale").inputValue(), "urgent");
    // Urgent goes first.
    await queue(alice).getByRole("listitem").first().filter({ hasText: "Finn Hale" }).waitFor();
    await shot(alice, "27-priority-urgent");
    await row(carol, "Dana Fox").getByLabel("Priority of Dana Fox").selectOption("high");
    await row(alice, "Dana Fox").locator(".prio.high").filter({ hasText: "High" }).waitFor();
    await row(bob, "Dana Fox").getByLabel("Priority of Dana Fox").selectOption("normal");
    await row(alice, "Dana Fox").locator(".prio").waitFor({ state: "detached" });
  });

  it("shows each agent's load and keeps the team panel in order", async () => {
    await alice.locator("#load-value").filter({ hasText: /^2 \/ 5$/ }).waitFor();
    await carol.locator("#load-value").filter({ hasText: /^0 \/ 5$/ }).waitFor();
    await bob.locator("#load-value").filter({ hasText: /^0 \/ 5$/ }).waitFor();
    await member(bob, "Alice Smith: available · 2 / 5").waitFor();
    await shot(alice, "28-load");

    await carol.getByLabel("Availability").selectOption("away");
    await bob.locator("#team-counts").filter({ hasText: "2 available · 1 away · 0 offline" }).waitFor();
    const order = () => bob.getByRole("list", { name: "Team members" }).getByRole("listitem").allTextContents();
    assert.deepEqual((await order()).map((t) => t.split(":")[0]), ["Alice Smith", "Bob Jones", "Carol Diaz"]);
    await member(bob, "Carol Diaz: away · 0 / 5").waitFor();
    await alice.getByLabel("Availability").selectOption("away");
    await bob.locator("#team-counts").filter({ hasText: "1 available · 2 away · 0 offline" }).waitFor();
    assert.deepEqual((await order()).map((t) => t.split(":")[0]), ["Bob Jones", "Alice Smith", "Carol Diaz"]);
    await shot(bob, "29-team-panel-away");
    await alice.getByLabel("Availability").selectOption("available");
    await carol.getByLabel("Availability").selectOption("available");
    await bob.locator("#team-counts").filter({ hasText: "3 available · 0 away · 0 offline" }).waitFor();
  });

  it("notifies a hidden tab of a customer who starts waiting, once, and a visible one never", async () => {
    const notes = () => alice.evaluate(() => window.__notes);
    await alice.getByRole("button", { name: "Notify me" }).click();
    await alice.locator("#notify-toggle[aria-pressed=true]").waitFor();
    assert.equal(await alice.locator("#sound-toggle").getAttribute("aria-pressed"), "false", "no sound unless asked");

    // Visible: the queue shows it, no notification.
    await asks("gus");
    await row(alice, "Gus Ives").waitFor({ timeout: LONG });
    assert.deepEqual(await notes(), []);

    // Hidden: a notification with the customer's name.
    await alice.evaluate(() => {
      window.__hidden = true;
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await asks("hana");
    await alice.waitForFunction(() => window.__notes.length > 0, null, { timeout: LONG });
    assert.deepEqual((await notes()).map((n) => n.title), ["Hana Jo is waiting"]);
    // Asking again while waiting tells nobody twice.
    await say("hana", "hello? I want to talk to a human please");
    await row(alice, "Hana Jo").getByText("hello? I want to talk to a human please").waitFor();
    assert.deepEqual((await notes()).map((n) => n.title), ["Hana Jo is waiting"]);
    await alice.evaluate(() => {
      window.__hidden = false;
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await shot(alice, "30-notified");
  });

  it("moves through the queue and claims from the keyboard", async () => {
    await tab(alice, "All 5").click();
    await alice.locator("#queue-title").click(); // focus on the page, not in a field
    const current = alice.locator("#queue li[aria-current=true]");
    const listed = await queue(alice).getByRole("listitem").evaluateAll((items) =>
      items.map((li) => li.querySelector(".open").textContent));
    assert.equal(listed.length, 5);
    await alice.keyboard.press("j");
    await current.filter({ hasText: listed[0] }).waitFor();
    await alice.keyboard.press("j");
    await alice.keyboard.press("j");
    await current.filter({ hasText: listed[2] }).waitFor();
    await alice.keyboard.press("k");
    await current.filter({ hasText: listed[1] }).waitFor();
    await shot(alice, "31-keyboard-selection");
    // The arrows, while the list has focus.
    await queue(alice).focus();
    await alice.keyboard.press("ArrowDown");
    await current.filter({ hasText: listed[2] }).waitFor();
    await alice.keyboard.press("ArrowUp");
    await current.filter({ hasText: listed[1] }).waitFor();
    await alice.keyboard.press("Enter");
    await alice.locator("#conv-name").filter({ hasText: listed[1] }).waitFor();

    // Typing in the message box is typing: j stays a letter; Esc leaves the box.
    const box = alice.getByLabel("Message", { exact: true });
    await box.focus();
    await alice.keyboard.press("j");
    assert.equal(await box.inputValue(), "j");
    await current.filter({ hasText: listed[1] }).waitFor();
    await box.fill("");
    await alice.keyboard.press("Escape");

    // 2: Unassigned; j selects the first unassigned customer; c claims them.
    await alice.keyboard.press("2");
    await tab(alice, "Unassigned 3").waitFor();
    assert.equal(await tab(alice, "Unassigned 3").getAttribute("aria-selected"), "true");
    await alice.keyboard.press("j");
    const first = await current.locator(".open").textContent();
    await alice.keyboard.press("c");
    await tab(alice, "Mine 3").waitFor();
    await row(bob, first).getByText("Assigned to Alice Smith", { exact: true }).waitFor();
    await shot(alice, "32-keyboard-claimed");

    await alice.keyboard.press("?");
    const help = alice.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    await help.getByText("Claim the selected customer (assign to me)").waitFor();
    await shot(alice, "33-keyboard-help");
    await alice.keyboard.press("Escape");
    await help.waitFor({ state: "hidden" });
    await alice.keyboard.press("3");
    await tab(alice, "All 5").waitFor();
    assert.equal(await tab(alice, "All 5").getAttribute("aria-selected"), "true");
  });

  it("marks a customer whose thread another app holds", async () => {
    // Meta's messaging_handovers webhooks, as Conversation Routing sends them.
    const handover = (kind, data) => postWebhook(base, SITE.appSecret, {
      object: "page",
      entry: [{ id: SITE.page, time: Date.now(), messaging: [{
        sender: { id: psid("gus") }, recipient: { id: SITE.page }, timestamp: Date.now(),
        [kind]: data,
      }] }],
    });
    await handover("take_thread_control",
      { previous_owner_app_id: SITE.appId, new_owner_app_id: "263902037430900", metadata: "inbox" });
    await row(bob, "Gus Ives").getByText("Thread held by Page Inbox", { exact: true }).waitFor();
    await row(bob, "Gus Ives").getByRole("button", { name: "Open conversation with Gus Ives" }).click();
    await bob.locator("#conv-badges").getByText("Thread held by Page Inbox", { exact: true }).waitFor();
    await shot(bob, "34-thread-page-inbox");
    await handover("take_thread_control", { previous_owner_app_id: "263902037430900", new_owner_app_id: 1234567890 });
    await bob.locator("#conv-badges").getByText("Thread held by app 1234567890", { exact: true }).waitFor();
    await handover("pass_thread_control", { previous_owner_app_id: "1234567890", new_owner_app_id: SITE.appId });
    await bob.locator("#conv-badges .thread").waitFor({ state: "detached" });
    await row(bob, "Gus Ives").locator(".thread").waitFor({ state: "detached" });
  });

  it("lets an admin change the routing settings, and shows a refusal", async () => {
    assert.equal(await alice.getByRole("button", { name: "Routing settings" }).count(), 0, "not for agents");
    assert.equal(await carol.getByRole("button", { name: "Routing settings" }).isVisible(), false);

    await bob.getByRole("button", { name: "Routing settings" }).click();
    const form = bob.getByRole("region", { name: "Routing settings" });
    await form.getByLabel("Capacity of Alice Smith").waitFor();
    assert.equal(await form.getByLabel("Policy").inputValue(), "manual");
    assert.equal(await form.getByLabel("Default capacity").inputValue(), "5");
    await form.getByLabel("Default capacity").fill("4");
    await form.getByLabel("Capacity of Alice Smith").fill("0");
    await form.getByLabel("Only during business hours").check();
    await form.getByLabel("Time zone").fill("Europe/Berlin");
    await form.getByLabel("Monday").fill("09:00-12:30, 13:30-17:00");
    await form.getByLabel("Saturday").fill("10:00-14:00");
    await form.getByLabel("Holidays").fill("2026-12-24\n2026-12-25");
    await form.getByLabel("Return notice of Acme Store").selectOption("nothing");
    await form.getByLabel(/^Queue notice of Acme Store/).fill("You're number {position}. Wait: {wait}.");
    await form.getByLabel("When an agent takes a customer, the thread of Acme Store").selectOption("take");
    await form.getByLabel("When a customer goes back to the bot, the thread of Acme Store").selectOption("pass");
    await form.getByLabel("When a customer goes back to the bot, the app of Acme Store").fill("263902037430900");
    await shot(bob, "35-settings-form");
    await form.getByRole("button", { name: "Save settings" }).click();
    await form.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    const stored = await bob.evaluate(async () => (await fetch("/api/dashboard/routing")).json());
    assert.equal(stored.default_capacity, 4);
    assert.deepEqual(stored.agent_capacity, { alice: 0 });
    assert.deepEqual(stored.business_hours, { time_zone: "Europe/Berlin",
      weekly: { mon: ["09:00-12:30", "13:30-17:00"], sat: ["10:00-14:00"] }, holidays: ["2026-12-24", "2026-12-25"] });
    assert.deepEqual(stored.return_notices, { [SITE.page]: null });
    assert.deepEqual(stored.queue_notices, { [SITE.page]: "You're number {position}. Wait: {wait}." });
    assert.deepEqual(stored.closed_notices, {});
    assert.deepEqual(stored.thread_control, { [SITE.page]: {
      on_claim: { action: "take" }, on_release: { action: "pass", app_id: "263902037430900" } } });
    assert.equal(stored.policy, "manual");
    // Capacities are in the loads: Alice is manual only, the others take the new default.
    await member(bob, "Alice Smith: available · 3 / manual").waitFor();
    await bob.locator("#load-value").filter({ hasText: /^\d+ \/ 4$/ }).waitFor();
    await shot(bob, "36-settings-saved");

    // A value the server refuses: its message, next to the form; nothing changes.
    await form.getByLabel("Time zone").fill("Mars/Olympus_Mons");
    await form.getByRole("button", { name: "Save settings" }).click();
    await form.getByRole("alert").filter({ hasText: "business_hours.time_zone: expected an IANA time zone name" }).waitFor();
    await shot(bob, "37-settings-refused");
    const after = await bob.evaluate(async () => (await fetch("/api/dashboard/routing")).json());
    assert.equal(after.business_hours.time_zone, "Europe/Berlin");
    await form.getByRole("button", { name: "Discard changes" }).click();
    await bob.waitForFunction(() => document.getElementById("set-zone").value === "Europe/Berlin");
    assert.equal(await bob.locator("#settings-error").textContent(), "", "the refusal is gone");
  });

  it("shows an agent the server set away, and why", async () => {
    const form = bob.getByRole("region", { name: "Routing settings" });
    await form.getByLabel("Set idle agents away after").fill("2");
    await form.getByRole("button", { name: "Save settings" }).click();
    await form.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    // Carol's console has sent nothing since: the server sets her away.
    await member(bob, "Carol Diaz: away (inactive)").waitFor({ timeout: LONG });
    await carol.getByText("You were set away: no activity").waitFor({ timeout: LONG });
    assert.equal(await carol.getByLabel("Availability").inputValue(), "away");
    await shot(bob, "38-auto-away-panel");
    await shot(carol, "38-auto-away-self");
    await form.getByLabel("Set idle agents away after").fill("0");
    await form.getByRole("button", { name: "Save settings" }).click();
    await form.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await carol.getByLabel("Availability").selectOption("available");
    await member(bob, "Carol Diaz: available").waitFor();
    assert.equal(await carol.getByText("You were set away").count(), 0);
  });

  it("folds offline agents away behind their count", async () => {
    await carol.close();
    // Alice may be away by now (idle during the automatic-away test): count only the offline.
    await bob.locator("#team-counts").filter({ hasText: /· 1 offline$/ }).waitFor();
    assert.equal(await member(bob, "Carol Diaz").count(), 0, "not among the agents at work");
    const folded = bob.locator("#team-offline");
    await folded.getByText("1 offline", { exact: true }).click();
    await bob.getByRole("list", { name: "Offline team members" }).getByRole("listitem")
      .filter({ hasText: "Carol Diaz: offline" }).waitFor();
    await shot(bob, "39-team-offline-folded");
  });
});
