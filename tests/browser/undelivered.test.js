// Agent messages that Facebook refuses, or does not confirm, in a real browser: the server
// outside demo mode (a tenants file, a signing app secret) talks to a stand-in for the
// Graph API started here, which refuses or fails the sends this test picks. Screenshots go
// to target/browser-screenshots/.
//
// Run: cargo build && npm ci --prefix tests/browser && node --test tests/browser/

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { SHOTS, freePort, startServer, stopServer, launchBrowser, signIn, webhook, postWebhook } from "./harness.js";

const APP_SECRET = "browser-app-secret";
const APP_ID = "424242";
const PAGE = "1001";
const PAGE_TOKEN = "page-token-1001";
const TENANTS = `
[[company]]
id = "acme"
name = "Acme Inc"

  [[company.page]]
  id = "${PAGE}"
  name = "Acme Store"
  access_token = "${PAGE_TOKEN}"

  [[company.agent]]
  id = "alice"
  name = "Alice Smith"
  email = "alice@acme.test"
  password = "correct horse"
  role = "agent"
`;

/**
 * The Graph API as the server uses it: POST /{page}/messages (sends and sender actions)
 * and GET /{psid} (the User Profile API). `answer(text, status, error)` makes the next send
 * of `text` fail with that status and Graph error body; every other send is accepted.
 */
async function graphStandIn() {
  const sends = [];
  const answers = new Map();
  let mids = 0;
  const server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url, "http://graph.test");
    const reply = (status, value) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    // Graph takes the token from the query, a POST's body or an Authorization header,
    // and the proof from the query or the body.
    let fields = {};
    try { fields = raw ? JSON.parse(raw) : {}; } catch { fields = {}; }
    const bearer = (req.headers.authorization || "").replace(/^Bearer /, "");
    const token = url.searchParams.get("access_token") || fields.access_token || bearer;
    const given = url.searchParams.get("appsecret_proof") || fields.appsecret_proof;
    const proof = createHmac("sha256", APP_SECRET).update(PAGE_TOKEN).digest("hex");
    if (token !== PAGE_TOKEN || given !== proof) {
      return reply(400, { error: { message: "Invalid OAuth access token.", code: 190 } });
    }
    const [, version, id, edge] = url.pathname.split("/");
    if (version !== "v25.0") return reply(404, { error: { message: "Unknown path", code: 803 } });
    if (req.method === "GET" && !edge) return reply(200, { first_name: "Jamie", last_name: "Doe", id });
    if (req.method !== "POST" || id !== PAGE || edge !== "messages") {
      return reply(404, { error: { message: "Unknown path", code: 803 } });
    }
    const body = JSON.parse(raw);
    if (body.sender_action) return reply(200, { recipient_id: body.recipient.id });
    sends.push(body);
    const planned = answers.get(body.message?.text);
    if (planned) {
      answers.delete(body.message.text);
      return reply(planned.status, { error: planned.error });
    }
    mids += 1;
    return reply(200, { recipient_id: body.recipient.id, message_id: `m_graph_${mids}` });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}/v25.0`,
    sends,
    /** The sends of `text` so far. */
    of: (text) => sends.filter((s) => s.message?.text === text),
    answer: (text, status, error) => answers.set(text, { status, error }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("undelivered agent messages", () => {
  let graph, port, dataDir, server, browser, base, alice;
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
    mkdirSync(SHOTS, { recursive: true });
    graph = await graphStandIn();
    port = await freePort();
    dataDir = mkdtempSync(path.join(tmpdir(), "handoff-browser-"));
    const tenants = path.join(dataDir, "tenants.toml");
    writeFileSync(tenants, TENANTS);
    base = `http://127.0.0.1:${port}`;
    server = await startServer({
      port,
      dataDir: path.join(dataDir, "data"),
      demo: false,
      env: {
        FB_APP_SECRET: APP_SECRET,
        FB_VERIFY_TOKEN: "browser-verify-token",
        FB_APP_ID: APP_ID,
        HANDOFF_TENANTS: tenants,
        GRAPH_API_BASE: graph.base,
      },
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await stopServer(server);
    await graph?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
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
