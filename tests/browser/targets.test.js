// Service targets in a real browser: a company with a short claim target (the tenants
// file's [company.sla]) sees a waiting customer marked "at risk" in the last quarter of the
// target and "breached" after it, counted in the Numbers panel, and the mark leaves once the
// customer is claimed. Screenshots go to target/browser-screenshots/.
//
// Run: cargo build && npm ci --prefix tests/browser && node --test tests/browser/

import { describe, it, before, after } from "node:test";
import path from "node:path";
import { SHOTS, SITE, acmeTenants, startSite, signIn, webhook } from "./harness.js";

// At risk from 6 s after the request (a quarter of 8 s left), breached after 8 s.
const TENANTS = acmeTenants({
  role: "admin",
  extra: "\n  [company.sla]\n  claim_seconds = 8\n  first_response_seconds = 3600\n",
});

describe("service targets in the queue", () => {
  let browser, base, stop, alice;
  const customer = `psid-sla-${process.pid}`;
  const shot = (name) => alice.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const row = () => alice.getByRole("list", { name: "Waiting customers" }).getByRole("listitem")
    .filter({ hasText: "Jamie Doe" });

  before(async () => {
    ({ base, browser, stop } = await startSite(TENANTS));
  });

  after(async () => {
    await stop?.();
  });

  it("marks a waiting customer at risk, then breached, and clears the mark on a claim", async () => {
    alice = await signIn(browser, base, "alice@acme.test", "correct horse");
    await webhook(base, SITE.appSecret, SITE.page, customer, "I want to talk to a human please");
    await row().waitFor();
    const mark = row().locator(".sla");
    await mark.filter({ hasText: /^At risk: claim due in \d+s$/ }).waitFor({ timeout: 20_000 });
    await shot("13-target-at-risk");
    await mark.filter({ hasText: /^Breached: claim \d+s late$/ }).waitFor({ timeout: 20_000 });
    await shot("14-target-breached");

    await alice.getByRole("button", { name: "Numbers" }).click();
    await alice.locator("#tile-risk").filter({ hasText: "0 / 1" }).waitFor();
    await alice.getByRole("button", { name: "Numbers" }).click();

    // Claimed: the first answer is next, an hour away; nothing is marked.
    await row().getByRole("button", { name: "Assign to me" }).click();
    await row().getByText("Assigned to Alice Smith", { exact: true }).waitFor();
    await mark.waitFor({ state: "hidden" });
  });
});
