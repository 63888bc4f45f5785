// Agent messages that Facebook refuses, or does not confirm, in a real browser: the server
// outside demo mode (a tenants file, a signing app secret) talks to a stand-in for the
// Graph API started here, which refuses or fails the sends this test picks. Screenshots go
// to target/browser-screenshots/.
//
// Run: cargo build && npm ci --prefix tests/browser && node --test tests/browser/

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { SHOTS, SITE, acmeTenants, startSite, signIn, webhook, postWebhook } from "./harness.js";

const { appSecret: APP_SECRET, appId: APP_ID, page: PAGE } = SITE;

describe("undelivered agent messages", () => {
  let graph, browser, base, stop, alice;
  const customer = `psid-${process.pid}`;
  const shot = (name) => alice.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const log = () => alice.getByRole("log", { name: "Messages" });
  const undelivered = () => alice.getByRole("list", { name: "Undelivered messages" }).getByRole("listitem");
  const entry = (text) => undelivered().filter({ hasText: text });
  const say = (text) => webhook(base, APP_SECRET, PAGE, customer, text);
  /** Alice writes `text` to the customer. */
  const send = async (text) => {
    await alice.getByLabel("Message", { exact: true }).fill(text);
    await alice.getByRole("button", { name: "Send" }).click();
  };
  /** Everything sent before this point has been broadcast: a later broadcast shows. */
  const settled = async (marker) => {
    await say(marker);
    await log().getByText(marker).waitFor();
  };

  before(async () => {
    ({ graph, base, browser, stop } = await startSite(acmeTenants()));
  });

  after(async () => {
    await stop?.();
  });

  it("lets the agent claim a customer who asked for a person", async () => {
    alice = await signIn(browser, base, "alice@acme.test", "correct horse");
    await say("I want to talk to a human please");
    const row = alice.getByRole("list", { name: "Waiting customers" }).getByRole("listitem")
      .filter({ hasText: "Jamie Doe" });
    await row.getByRole("button", { name: "Assign to me" }).click();
    await row.getByText("Assigned to Alice Smith", { exact: true }).waitFor();
    await row.getByRole("button", { name: "Open conversation with Jamie Doe" }).click();
    await log().getByText("I want to talk to a human please").waitFor();
    // The bot's notice went out through the stand-in.
    const notice = graph.sends.find((s) => s.recipient.id === customer);
    assert.ok(notice, "the bot told the customer someone is coming");
  });

  it("shows a refused message with Retry and Discard, and retries it", async () => {
    const text = "Your refund is on its way.";
    graph.answer(text, 400, { message: "This person isn't available right now.", code: 551 });
    await send(text);
    await alice.locator("#conv-error").filter({ hasText: "This person isn't available right now." }).waitFor();
    await entry(text).getByText("Not delivered").waitFor();
    await entry(text).getByText("This person isn't available right now.").waitFor();
    await entry(text).getByRole("button", { name: "Retry" }).waitFor();
    await entry(text).getByRole("button", { name: "Discard" }).waitFor();
    assert.equal(await log().getByText(text).count(), 0, "not shown as sent");
    assert.equal(await alice.getByLabel("Message", { exact: true }).inputValue(), "",
      "not put back in the message box: it waits to be retried");
    const [refused] = graph.of(text);
    assert.equal(refused.recipient.id, customer);
    assert.equal(refused.messaging_type, "RESPONSE");
    assert.equal(refused.message.text, text);
    await shot("11-undelivered-failed");

    await entry(text).getByRole("button", { name: "Retry" }).click();
    await log().getByText(text).waitFor();
    await entry(text).waitFor({ state: "detached" });
    await settled("Ok, thanks for retrying");
    assert.equal(await log().getByText(text).count(), 1, "shown once");
    assert.equal(await undelivered().count(), 0);
    assert.equal(await alice.locator("#conv-error").textContent(), "");
    assert.equal(graph.of(text).length, 2, "refused once, then sent once");
    await shot("12-undelivered-retried");
  });

  it("discards a refused message", async () => {
    const text = "Please ignore <b>the previous</b> email.";
    graph.answer(text, 400, { message: "This person isn't available right now.", code: 551 });
    await send(text);
    await entry(text).getByText(text).waitFor(); // as written: shown as text, not markup
    assert.equal(await entry(text).locator("b").count(), 0);
    await entry(text).getByRole("button", { name: "Discard" }).click();
    await entry(text).waitFor({ state: "detached" });
    await settled("Are you still there?");
    assert.equal(await log().getByText(text).count(), 0);
    assert.equal(graph.of(text).length, 1, "never sent again");
  });

  it("shows an unconfirmed message until Facebook's echo confirms it", async () => {
    const text = "Let me check with the warehouse.";
    graph.answer(text, 500, { message: "An unexpected error has occurred. Please retry your request later.", code: 2 });
    await send(text);
    await entry(text).getByText("Sending… Facebook has not confirmed it yet").waitFor();
    assert.equal(await entry(text).getByRole("button").count(), 0, "nothing to do but wait");
    assert.equal(await alice.locator("#conv-error").textContent(), "", "no refusal: it may have been delivered");
    await shot("13-undelivered-unconfirmed");
    // It had reached the customer after all: Facebook echoes it, with our metadata.
    const [sent] = graph.of(text);
    const now = Date.now();
    await postWebhook(base, APP_SECRET, {
      object: "page",
      entry: [{ id: PAGE, time: now, messaging: [{
        sender: { id: PAGE }, recipient: { id: customer }, timestamp: now,
        message: { is_echo: true, app_id: Number(APP_ID), metadata: sent.message.metadata, mid: `m_echo_${now}`, text },
      }] }],
    });
    await log().getByText(text).waitFor();
    await entry(text).waitFor({ state: "detached" });
    await settled("Great, the warehouse it is");
    assert.equal(await log().getByText(text).count(), 1, "shown once");
    assert.equal(graph.of(text).length, 1, "never sent twice");
    await shot("14-undelivered-confirmed");
  });
});
