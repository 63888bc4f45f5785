// What the browser tests share: the real server binary on a free port with a fresh data
// directory, Debian's chromium driven by playwright-core, signing in, Messenger signatures,
// and a relay that puts the test between a page and its WebSocket.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BINARY = process.env.HANDOFF_BIN || path.join(ROOT, "target/debug/handoff");
export const SHOTS = path.join(ROOT, "target/browser-screenshots");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const TIMEOUT = 15_000;

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * Starts `handoff serve` (`--demo` unless `demo` is false) with `env` on top of ours;
 * resolves once it prints "listening on".
 */
export function startServer({ port, dataDir, demo = true, env = {} }) {
  const base = { ...process.env };
  delete base.HANDOFF_DEMO;
  const child = spawn(BINARY, demo ? ["serve", "--demo"] : ["serve"], {
    // The demo starts empty: these tests script their own customers.
    env: { ...base, HANDOFF_BIND: `127.0.0.1:${port}`, HANDOFF_DATA_DIR: dataDir, RUST_LOG: "warn",
      HANDOFF_DEMO_HISTORY: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (d) => { output += d; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout.on("data", (d) => {
      output += d;
      if (output.includes("listening on http://")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

export function stopServer(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGKILL");
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    // playwright-core gives every launch a fresh, empty --user-data-dir of its own.
  });
}

/**
 * Opens the console in a new browser context and signs in; resolves once connected.
 * `beforeLoad(page)` runs before the console loads (to route its WebSocket).
 */
export async function signIn(browser, base, email, password, beforeLoad = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on("pageerror", (err) => console.error(`[${email}] page error:`, err));
  await beforeLoad(page);
  await page.goto(base);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  return page;
}

/** Posts a Messenger webhook as Facebook does: the raw body signed with the app secret. */
export async function postWebhook(base, appSecret, payload) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
  const res = await fetch(`${base}/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-signature-256": signature },
    body,
  });
  assert.equal(res.status, 200, await res.text());
}

/** What Facebook sends when a customer writes: one text message from `customerId` to `pageId`. */
export function webhook(base, appSecret, pageId, customerId, text) {
  const now = Date.now();
  return postWebhook(base, appSecret, {
    object: "page",
    entry: [{ id: pageId, time: now, messaging: [{
      sender: { id: customerId }, recipient: { id: pageId }, timestamp: now,
      message: { mid: `m_browser_${now}_${Math.random().toString(36).slice(2)}`, text },
    }] }],
  });
}

/**
 * Puts the test between `page` and the server on /ws: every frame the server sends is kept
 * in `frames` and passed on, and `inject(frame)` hands the page a frame of the test's own
 * as the next broadcast. The server's later broadcasts are renumbered after it, so the
 * page sees no gap in `seq` (a gap would make it resync and hide what the frame did).
 * Call before the page loads.
 */
export async function relay(page) {
  const frames = [];
  let toPage = null;
  let shift = 0;
  let lastSeq = 0;
  await page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    toPage = ws;
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      const frame = JSON.parse(message);
      frames.push(structuredClone(frame));
      if (typeof frame.seq === "number") {
        frame.seq += shift;
        lastSeq = frame.seq;
      }
      ws.send(JSON.stringify(frame));
    });
  });
  return {
    frames,
    inject(frame) {
      assert.ok(toPage, "the page has connected");
      shift += 1;
      lastSeq += 1;
      toPage.send(JSON.stringify({ ...frame, seq: lastSeq }));
    },
  };
}

/**
 * The Graph API as the server uses it: POST /{page}/messages (sends and sender actions)
 * and GET /{psid} (the User Profile API: `profiles[psid]` = {first_name, last_name}, else Jamie
 * Doe), for one page of `pageToken` under `appSecret`. `answer(text, status, error)` makes the next send
 * of `text` fail with that status and Graph error body; every other send is accepted.
 */
export async function graphStandIn({ appSecret, page, pageToken, profiles = {} }) {
  const sends = [];
  const answers = new Map();
  let mids = 0;
  const server = createHttpServer(async (req, res) => {
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
    const proof = createHmac("sha256", appSecret).update(pageToken).digest("hex");
    if (token !== pageToken || given !== proof) {
      return reply(400, { error: { message: "Invalid OAuth access token.", code: 190 } });
    }
    const [, version, id, edge] = url.pathname.split("/");
    if (version !== "v25.0") return reply(404, { error: { message: "Unknown path", code: 803 } });
    if (req.method === "GET" && !edge) {
      return reply(200, { first_name: "Jamie", last_name: "Doe", ...profiles[id], id });
    }
    if (req.method !== "POST" || id !== page || edge !== "messages") {
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

/** The company outside demo mode: its Facebook app and its one page. */
export const SITE = { appSecret: "browser-app-secret", appId: "424242", page: "1001", pageToken: "page-token-1001" };

/**
 * A tenants file of acme: page SITE.page and alice (alice@acme.test, "correct horse") with
 * `role`; `extra` is TOML put right after the company's name (say, its `[company.sla]`).
 */
export function acmeTenants({ role = "agent", extra = "" } = {}) {
  return `
[[company]]
id = "acme"
name = "Acme Inc"
${extra}
  [[company.page]]
  id = "${SITE.page}"
  name = "Acme Store"
  access_token = "${SITE.pageToken}"

  [[company.agent]]
  id = "alice"
  name = "Alice Smith"
  email = "alice@acme.test"
  password = "correct horse"
  role = "${role}"
`;
}

/**
 * The server outside demo mode with `tenants` (TOML), talking to a Graph stand-in (with the
 * customers' `profiles`, see graphStandIn), and a browser: `{graph, base, browser, stop()}`.
 */
export async function startSite(tenants, { profiles } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const graph = await graphStandIn({ ...SITE, profiles });
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "handoff-browser-"));
  const file = path.join(dataDir, "tenants.toml");
  writeFileSync(file, tenants);
  let server, browser;
  const stop = async () => {
    await browser?.close();
    await stopServer(server);
    await graph.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    server = await startServer({
      port,
      dataDir: path.join(dataDir, "data"),
      demo: false,
      env: {
        FB_APP_SECRET: SITE.appSecret,
        FB_VERIFY_TOKEN: "browser-verify-token",
        FB_APP_ID: SITE.appId,
        HANDOFF_TENANTS: file,
        GRAPH_API_BASE: graph.base,
      },
    });
    browser = await launchBrowser();
  } catch (err) {
    await stop();
    throw err;
  }
  return { graph, base: `http://127.0.0.1:${port}`, browser, stop };
}
