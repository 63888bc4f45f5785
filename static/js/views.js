// The queue's views, as tabs above the list: Mine (customers the signed-in agent holds),
// Unassigned (waiting for anyone), All. Each tab shows how many customers it holds on the
// chosen page. The choice is kept in localStorage: it survives list refreshes and reloads.

export const VIEWS = ["mine", "unassigned", "all"];

const KEPT = "handoff-view";
const test = {
  mine: (c, me) => c.agent_id === me.id,
  unassigned: (c) => !c.agent_id,
  all: () => true,
};

export const inView = (view, c, me) => test[view](c, me);

/** The view chosen last in this browser ("all" the first time). */
export function keptView() {
  const view = localStorage.getItem(KEPT);
  return VIEWS.includes(view) ? view : "all";
}

export function keepView(view) {
  localStorage.setItem(KEPT, view);
}

/** {mine, unassigned, all}: how many of `customers` each view shows. */
export function countViews(customers, me) {
  const counts = Object.fromEntries(VIEWS.map((v) => [v, 0]));
  for (const c of customers) for (const v of VIEWS) if (test[v](c, me)) counts[v] += 1;
  return counts;
}

/** Marks the chosen tab (the only one in the tab order) and writes each tab's count. */
export function renderTabs(tablist, counts, current) {
  for (const tab of tablist.querySelectorAll("[role=tab]")) {
    const chosen = tab.dataset.view === current;
    tab.setAttribute("aria-selected", String(chosen));
    tab.tabIndex = chosen ? 0 : -1;
    tab.querySelector(".count").textContent = String(counts[tab.dataset.view]);
  }
}

/** Clicks, and the arrow keys between tabs (the tablist pattern), call `choose(view)`. */
export function bindTabs(tablist, choose) {
  tablist.addEventListener("click", (event) => {
    const tab = event.target.closest("[role=tab]");
    if (tab) choose(tab.dataset.view);
  });
  tablist.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const tabs = [...tablist.querySelectorAll("[role=tab]")];
    const at = tabs.indexOf(document.activeElement);
    if (at < 0) return;
    const next = tabs[(at + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
    next.focus();
    choose(next.dataset.view);
    event.preventDefault();
  });
}
