// The console's version rule (static/js/versions.js), on its own: no server, no browser.
//
// Run: node --test tests/browser/

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { admit } from "../../static/js/versions.js";

const view = (version, customer_id = "psid-1", page_id = "page-1") => ({ page_id, customer_id, version });

describe("admit (the version rule)", () => {
  it("applies the first view of a customer and remembers its version", () => {
    const seen = new Map();
    assert.equal(admit(seen, view(3)), true);
    assert.equal(seen.get("page-1|psid-1"), 3);
  });

  it("applies a newer view", () => {
    const seen = new Map();
    admit(seen, view(3));
    assert.equal(admit(seen, view(4)), true);
    assert.equal(admit(seen, view(9)), true);
    assert.equal(seen.get("page-1|psid-1"), 9);
  });

  it("ignores an older view that arrives after a newer one", () => {
    const seen = new Map();
    admit(seen, view(5));
    assert.equal(admit(seen, view(4)), false);
    assert.equal(admit(seen, view(1)), false);
    assert.equal(seen.get("page-1|psid-1"), 5, "an ignored view leaves the record alone");
    assert.equal(admit(seen, view(6)), true);
  });

  it("treats an equal version as the same state: applying it again changes nothing", () => {
    const seen = new Map();
    admit(seen, view(5));
    assert.equal(admit(seen, view(5)), true);
    assert.equal(seen.get("page-1|psid-1"), 5);
    assert.equal(admit(seen, view(4)), false);
  });

  it("keeps customers independent", () => {
    const seen = new Map();
    admit(seen, view(10, "psid-1"));
    assert.equal(admit(seen, view(2, "psid-2")), true, "another customer's lower version");
    assert.equal(admit(seen, view(9, "psid-1")), false);
    assert.equal(admit(seen, view(3, "psid-2")), true);
    assert.equal(admit(seen, view(1, "psid-2")), false);
  });

  it("keys by page too: one PSID on two pages is two customers", () => {
    const seen = new Map();
    admit(seen, view(10, "psid-1", "page-1"));
    assert.equal(admit(seen, view(2, "psid-1", "page-2")), true);
    assert.equal(admit(seen, view(9, "psid-1", "page-1")), false);
    assert.equal(admit(seen, view(1, "psid-1", "page-2")), false);
  });

  it("cannot order a view without a version: applies it and records nothing", () => {
    const seen = new Map();
    admit(seen, view(4));
    assert.equal(admit(seen, { page_id: "page-1", customer_id: "psid-1" }), true);
    assert.equal(seen.get("page-1|psid-1"), 4);
  });

  it("takes any view that names the customer: a customer object or an outgoing_changed", () => {
    const seen = new Map();
    const customer = { customer_id: "psid-1", page_id: "page-1", version: 7, stop: true, agent_id: "alice" };
    const outgoingChanged = { customer_id: "psid-1", page_id: "page-1", version: 6, outgoing: [] };
    assert.equal(admit(seen, customer), true);
    assert.equal(admit(seen, outgoingChanged), false);
  });
});
