// One customer's views can arrive out of order: several server processes publish its
// broadcasts, and a reply or a resync may have been read before a broadcast that is already
// shown. Every view carries the customer's `version`, which grows with each change, so the
// console applies a view only when no newer one of the same customer has been applied.
// A customer is `(page_id, customer_id)`: the same PSID on two pages is two customers.

import { customerKey } from "./util.js";

/**
 * Whether to apply `view` (anything with `page_id`, `customer_id` and `version`), given
 * `seen`, a Map of the highest version applied per customer. An older view is refused; an
 * equal one is the same state and may be applied again. An accepted view's version is
 * recorded in `seen`. A view without a version cannot be ordered and is accepted.
 */
export function admit(seen, view) {
  if (typeof view.version !== "number") return true;
  const key = customerKey(view);
  if (view.version < (seen.get(key) ?? -Infinity)) return false;
  seen.set(key, view.version);
  return true;
}
