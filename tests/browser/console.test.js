// The agent console in a real browser: Debian's chromium driven by playwright-core, against
// the real server binary (demo mode, free port, fresh data directory). Two agents in two
// browser contexts, and a second console of Bob's whose WebSocket the test relays; a
// customer through a signed webhook and the simulator endpoint.
// Screenshots of every step go to target/browser-screenshots/.
//
// Run: cargo build && npm ci --prefix tests/browser && node --test tests/browser/

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SHOTS, freePort, startServer, stopServer, launchBrowser, signIn as openConsole, webhook as signed, relay }
  from "./harness.js";

/** Demo mode's app secret (docs/configuration.md): what Facebook would sign with. */
const APP_SECRET = "demo-app-secret";

describe("agent console", () => {
  let port, dataDir, server, browser, base;
  let alice, bob; // pages
  let watcher, watched; // bob's second console, and the relay between it and the server
  const customer = `browser-${process.pid}`;
  const later = `browser-late-${process.pid}`;
  const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const say = async (customerId, text, first = "Jamie", last = "Doe") => {
    const res = await fetch(`${base}/simulator/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ customer_id: customerId, first_name: first, last_name: last, text }),
    });
    assert.equal(res.status, 200, await res.text());
  };
  /** What Facebook sends: a Messenger webhook signed with the app secret. */
  const webhook = (customerId, text) => signed(base, APP_SECRET, "demo-page", customerId, text);
  const item = (page, name) =>
    page.getByRole("list", { name: "Waiting customers" }).getByRole("listitem").filter({ hasText: name });
  const signIn = (email, password, beforeLoad) => openConsole(browser, base, email, password, beforeLoad);

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    port = await freePort();
    dataDir = mkdtempSync(path.join(tmpdir(), "handoff-browser-"));
    base = `http://127.0.0.1:${port}`;
    server = await startServer({ port, dataDir });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await stopServer(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("signs two agents in", async () => {
    alice = await signIn("alice@demo.test", "demo-alice");
    bob = await signIn("bob@demo.test", "demo-bob");
    watcher = await signIn("bob@demo.test", "demo-bob", async (page) => { watched = await relay(page); });
    await shot(alice, "01-alice-signed-in");
  });

  it("shows a customer asking for a person in both queues", async () => {
    // The simulator names the customer ("Jamie Doe"); the request itself arrives the way
    // Facebook delivers it, as a signed webhook.
    await say(customer, "hello");
    await webhook(customer, "I want to talk to a human please");
    for (const page of [alice, bob]) {
      const row = item(page, "Jamie Doe");
      await row.waitFor();
      await row.getByText("Unassigned", { exact: true }).waitFor();
      await row.getByText(/Waiting \d/).waitFor();
      await row.getByText(/Reply window: /).waitFor();
    }
    await shot(alice, "02-alice-queue");
    await shot(bob, "02-bob-queue");
  });

  it("lets alice assign; bob sees it and cannot take it", async () => {
    await item(alice, "Jamie Doe").getByRole("button", { name: "Assign to me" }).click();
    await item(alice, "Jamie Doe").getByText("Assigned to Alice Demo", { exact: true }).waitFor();
    await item(bob, "Jamie Doe").getByText("Assigned to Alice Demo", { exact: true }).waitFor();
    await shot(alice, "03-alice-assigned");
    // Someone else's customer offers no claim; a claim from the keyboard (j, then c) is
    // refused by the server and shown on the row.
    assert.equal(await item(bob, "Jamie Doe").getByRole("button", { name: "Assign to me" }).count(), 0);
    await bob.keyboard.press("j");
    await bob.locator("#queue li[aria-current=true]").filter({ hasText: "Jamie Doe" }).waitFor();
    await bob.keyboard.press("c");
    await item(bob, "Jamie Doe").getByRole("alert").filter({ hasText: "Already assigned to Alice Demo" }).waitFor();
    // Rolled back: still Alice's.
    await item(bob, "Jamie Doe").getByText("Assigned to Alice Demo", { exact: true }).waitFor();
    await shot(bob, "04-bob-cannot-assign");
  });

  it("ignores a customer view older than the one it shows", async () => {
    // Several server processes may publish one customer's broadcasts out of order. Replay
    // the view of the request (unassigned) after the assignment, as a late process would.
    // The console takes queue changes merged (`customers_changed`, one view per customer).
    const views = watched.frames
      .filter((f) => f.type === "customers_changed")
      .flatMap((f) => f.data.customers)
      .filter((c) => c.customer_id === customer);
    const requested = views.find((c) => c.stop && !c.agent_id);
    const assigned = views.find((c) => c.agent_id);
    assert.ok(requested && assigned, "the watcher saw the request and the assignment");
    assert.ok(requested.version < assigned.version, `versions ${requested.version} < ${assigned.version}`);
    await item(watcher, "Jamie Doe").getByText("Assigned to Alice Demo", { exact: true }).waitFor();
    watched.inject({ type: "customers_changed", data: { customers: [requested] } });
    // Broadcasts are handled in order: once a later one shows, the stale one was handled.
    await alice.getByLabel("Availability").selectOption("away");
    await watcher.locator("#team").filter({ hasText: "Alice Demo: away" }).waitFor();
    await item(watcher, "Jamie Doe").getByText("Assigned to Alice Demo", { exact: true }).waitFor();
    assert.equal(await item(watcher, "Jamie Doe").getByText("Unassigned", { exact: true }).count(), 0);
    await shot(watcher, "04-stale-view-ignored");
    // The same view again (an equal version), as a single broadcast, changes nothing either.
    watched.inject({ type: "agent_assignment_changed", data: { customer: assigned, action: "assigned" } });
    await alice.getByLabel("Availability").selectOption("available");
    await watcher.locator("#team").filter({ hasText: "Alice Demo: available" }).waitFor();
    await item(watcher, "Jamie Doe").getByText("Assigned to Alice Demo", { exact: true }).waitFor();
    await watcher.context().close();
  });

  it("shows who else is viewing the customer", async () => {
    await item(alice, "Jamie Doe").getByRole("button", { name: "Open conversation with Jamie Doe" }).click();
    await item(bob, "Jamie Doe").getByRole("button", { name: "Open conversation with Jamie Doe" }).click();
    await alice.locator("#conv-viewers").filter({ hasText: "Also viewing: Bob Demo" }).waitFor();
    await bob.locator("#conv-viewers").filter({ hasText: "Also viewing: Alice Demo" }).waitFor();
    await shot(bob, "05-bob-viewing");
  });

  it("carries messages both ways", async () => {
    const log = alice.getByRole("log", { name: "Messages" });
    await log.getByText("I want to talk to a human please").waitFor();
    await alice.getByLabel("Message", { exact: true }).fill("Hi Jamie, Alice here. How can I help?");
    await alice.getByRole("button", { name: "Send" }).click();
    await log.getByText("Hi Jamie, Alice here. How can I help?").waitFor();
    // The customer's side received it.
    let delivered = [];
    for (let i = 0; i < 50 && !delivered.some((m) => m.text.includes("Alice here")); i++) {
      const res = await fetch(`${base}/simulator/api/messages?customer_id=${customer}&page_id=demo-page`);
      delivered = (await res.json()).messages;
      if (!delivered.some((m) => m.text.includes("Alice here"))) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(delivered.some((m) => m.text === "Hi Jamie, Alice here. How can I help?"), JSON.stringify(delivered));
    // Bob, viewing too, sees it live.
    await bob.getByRole("log", { name: "Messages" }).getByText("Alice here").waitFor();
    await say(customer, "My order 1234 never arrived");
    await log.getByText("My order 1234 never arrived").waitFor();
    await shot(alice, "06-conversation");
  });

  it("reconnects and resyncs after a server restart", async () => {
    const syncsBefore = Number(await alice.evaluate(() => document.body.dataset.syncs));
    await stopServer(server);
    await alice.locator("#conn[data-state='offline']").waitFor();
    await shot(alice, "07-server-down");
    server = await startServer({ port, dataDir });
    // A customer who asks while the page may still be reconnecting: shown by the resync or live.
    await say(later, "can I speak to an agent", "Sam", "Lee");
    for (const page of [alice, bob]) {
      await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
      await item(page, "Sam Lee").waitFor();
      await item(page, "Jamie Doe").getByText("Assigned to Alice Demo", { exact: true }).waitFor();
    }
    const syncsAfter = Number(await alice.evaluate(() => document.body.dataset.syncs));
    assert.ok(syncsAfter > syncsBefore, `resynced (${syncsBefore} → ${syncsAfter})`);
    // The open conversation was reloaded and still works.
    await alice.getByLabel("Message", { exact: true }).fill("Back online, still here.");
    await alice.getByRole("button", { name: "Send" }).click();
    await alice.getByRole("log", { name: "Messages" }).getByText("Back online, still here.").waitFor();
    await alice.getByRole("log", { name: "Messages" }).getByText("My order 1234 never arrived").waitFor();
    await shot(alice, "08-after-restart");
  });

  it("resolves the customer back to the bot", async () => {
    await alice.getByRole("button", { name: "Resolve (return to bot)" }).click();
    await item(alice, "Jamie Doe").waitFor({ state: "detached" });
    await item(bob, "Jamie Doe").waitFor({ state: "detached" });
    // The demo company asks how it went; Jamie taps 5.
    const log = alice.getByRole("log", { name: "Messages" });
    await log.getByText("How would you rate the help you got? 1 is poor, 5 is great.").waitFor();
    await say(customer, "5");
    await log.getByText("Thank you for your rating!").waitFor();
    await shot(alice, "09-resolved");
  });

  it("shows an admin the company's numbers and an agent their own", async () => {
    await bob.getByRole("button", { name: "Numbers" }).click();
    const numbers = bob.getByRole("region", { name: /Numbers/ });
    // Sam Lee waits; Jamie Doe was answered by Alice, then returned to the bot.
    await numbers.locator("#tile-waiting").filter({ hasText: /^1$/ }).waitFor();
    await numbers.locator("#tile-helped").filter({ hasText: "1 of 1" }).waitFor();
    await numbers.locator("#tile-sla").filter({ hasText: "%" }).waitFor();
    await numbers.getByRole("table", { name: "Agents" }).getByRole("cell", { name: "Alice Demo" }).waitFor();
    // Alice had her console open and held Jamie Doe: online time and a utilization.
    const aliceRow = numbers.getByRole("row").filter({ hasText: "Alice Demo" });
    await aliceRow.getByRole("cell", { name: /^\d+ %$/ }).waitFor();
    await aliceRow.getByRole("cell", { name: "5.0 (1)" }).waitFor();
    await numbers.locator("#tile-csat").filter({ hasText: "5.0 (100 % answered)" }).waitFor();
    // Both conversations (Jamie's, Sam's) ended up asking for a person.
    await numbers.locator("#tile-bot").filter({ hasText: "0 % of 2" }).waitFor();
    // Both consoles are open and nobody holds Sam Lee: two available, none busy.
    await numbers.locator("#tile-agents").filter({ hasText: /^2 \/ 0 \/ 0 \/ 0$/ }).waitFor();
    await numbers.locator("#chart-queue canvas").first().waitFor();
    await numbers.locator("#chart-first canvas").first().waitFor();
    await shot(bob, "10-numbers-admin");

    // A week, day by day: the same handoffs, and the CSV follows the period.
    await numbers.getByLabel("Period").selectOption({ label: "Last 7 days" });
    await numbers.getByText("the last 7 days").waitFor();
    await numbers.getByText("Queue length by day (mean and most)").waitFor();
    await numbers.locator("#tile-helped").filter({ hasText: "1 of 1" }).waitFor();
    const csv = await numbers.getByRole("link", { name: /CSV/ }).getAttribute("href");
    assert.match(csv, /bucket=day/);
    assert.match(csv, /format=csv/);
    const table = await bob.evaluate(async (href) => (await fetch(href)).text(), csv);
    assert.match(table, /^agent_id,holds,/);
    assert.match(table, /\ndemo-alice,1,1,/);
    await numbers.getByLabel("Period").selectOption({ label: "Last 24 hours" });
    await numbers.getByText("Queue length by hour (mean and most)").waitFor();

    await alice.getByRole("button", { name: "Numbers" }).click();
    const hers = alice.getByRole("region", { name: /Numbers/ });
    await hers.getByText("your handoffs").waitFor();
    await hers.locator("#tile-helped").filter({ hasText: "1 of 1" }).waitFor();
    await hers.locator("#tile-waiting").filter({ hasText: /^0$/ }).waitFor();
    await shot(alice, "10-numbers-agent");
    await alice.getByRole("button", { name: "Numbers" }).click();
    await hers.waitFor({ state: "hidden" });
  });

  it("is usable at phone width", async () => {
    await alice.setViewportSize({ width: 390, height: 844 });
    // One pane at a time: the resolved conversation is still open; back to the queue first.
    await alice.getByRole("button", { name: "Back to queue" }).click();
    await item(alice, "Sam Lee").getByRole("button", { name: "Open conversation with Sam Lee" }).click();
    await alice.getByRole("button", { name: "Back to queue" }).waitFor();
    await alice.getByRole("button", { name: "Send" }).waitFor();
    await shot(alice, "11-phone-conversation");
    await alice.getByRole("button", { name: "Back to queue" }).click();
    await item(alice, "Sam Lee").waitFor();
    await shot(alice, "11-phone-queue");
  });
});
