// The numbers panel: the handoff numbers of the last day, week or month (docs/metrics.md) as
// tiles, two charts drawn with the vendored uPlot (/vendor/uplot, a global `uPlot`), and the
// agents' table. Admins see the company; an agent sees their own handoffs.

import * as api from "./api.js";
import { el } from "./util.js";

const $ = (id) => document.getElementById(id);
const charts = [];
/** The periods on offer, by the select's value (days). */
const PERIODS = {
  1: { name: "the last 24 hours", bucket: "hour" },
  7: { name: "the last 7 days", bucket: "day" },
  30: { name: "the last 30 days", bucket: "day" },
};
const BIN_LABELS = ["≤30 s", "≤1 min", "≤2 min", "≤5 min", "≤10 min", "≤30 min", "≤1 h", ">1 h"];

/** "1 min 20 s", "3 h 05 min", "–" for none. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

const percent = (rate) => (rate === null || rate === undefined ? "–" : `${Math.round(rate * 100)} %`);

/** Each agent's state now: busy (available and holding a customer), available, away or
 * offline. */
function states(m, agents) {
  const holding = new Map(m.agents.map((row) => [row.agent_id, row.holding_now]));
  return agents.map((a) => (a.status === "available" && holding.get(a.id) > 0 ? "busy" : a.status));
}

function tiles(m, agents) {
  $("tile-waiting").textContent = String(m.queue.waiting);
  $("tile-longest").textContent = duration(m.queue.longest_wait_seconds);
  $("tile-sla").textContent = m.sla.claim
    ? `${percent(m.sla.claim.met_rate)} (${m.sla.claim.pending} pending)`
    : "no target";
  $("tile-csat").textContent = m.csat.mean_score === null
    ? `– (${m.csat.asked} asked)`
    : `${m.csat.mean_score.toFixed(1)} (${percent(m.csat.response_rate)} answered)`;
  $("tile-bot").textContent = `${percent(m.bot.containment_rate)} of ${m.bot.conversations}`;
  $("tile-risk").textContent = `${m.queue.at_risk} / ${m.queue.breached}`;
  $("tile-first").textContent = duration(m.first_response.median_seconds);
  $("tile-helped").textContent = `${m.handoffs.helped} of ${m.handoffs.helped + m.handoffs.abandoned}`;
  const now = states(m, agents);
  const count = (state) => now.filter((s) => s === state).length;
  $("tile-agents").textContent =
    `${count("available")} / ${count("busy")} / ${count("away")} / ${count("offline")}`;
}

function table(m, names) {
  $("agents-rows").replaceChildren(...m.agents.map((row) => el("tr", {},
    el("td", {}, names.get(row.agent_id) || row.agent_id),
    el("td", {}, String(row.holds)),
    el("td", {}, String(row.first_responses)),
    el("td", {}, duration(row.median_first_response_seconds)),
    el("td", {}, duration(row.median_handle_seconds)),
    el("td", {}, row.csat_mean === null ? "–" : `${row.csat_mean.toFixed(1)} (${row.csat_answers})`),
    el("td", {}, duration(row.online_seconds)),
    el("td", {}, percent(row.utilization)))));
}

function draw(m) {
  const uPlot = window.uPlot;
  while (charts.length) charts.pop().destroy();
  if (!uPlot) return;
  const width = Math.min(480, Math.max(280, window.innerWidth - 64));
  const hours = m.buckets.map((b) => Date.parse(b.start) / 1000);
  charts.push(new uPlot({
    width, height: 180,
    series: [{}, { label: "mean", stroke: "#0866ff" }, { label: "most", stroke: "#d93025" }],
    scales: { y: { range: (u, min, max) => [0, Math.max(1, max)] } },
  }, [hours, m.buckets.map((b) => b.queue_mean), m.buckets.map((b) => b.queue_max)], $("chart-queue")));
  const bins = m.first_response.bins;
  charts.push(new uPlot({
    width, height: 180,
    scales: { x: { time: false, range: [-0.5, bins.length - 0.5] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{ splits: () => bins.map((_, i) => i), values: (u, ticks) => ticks.map((i) => BIN_LABELS[i] ?? "") }, {}],
    series: [{}, { label: "handoffs", fill: "#0866ff88", stroke: "#0866ff", paths: uPlot.paths.bars({ size: [0.6] }) }],
  }, [bins.map((_, i) => i), bins.map((b) => b.count)], $("chart-first")));
}

/** Loads and shows the numbers; `me` is the signed-in agent. */
export async function showNumbers(me) {
  $("numbers-error").textContent = "";
  $("numbers-scope").textContent = me.role === "admin" ? "" : ", your handoffs";
  try {
    const days = Number($("numbers-period").value) || 1;
    const period = PERIODS[days] || PERIODS[1];
    const from = new Date(Date.now() - days * 864e5).toISOString();
    $("numbers-period-name").textContent = period.name;
    $("queue-caption").textContent = `Queue length by ${period.bucket} (mean and most)`;
    $("chart-queue").setAttribute("aria-label", `Queue length by ${period.bucket}`);
    $("numbers-csv").href = `/api/dashboard/metrics?${api.metricsQuery(from, period.bucket)}&format=csv`;
    const [m, agents] = await Promise.all([api.metrics(from, period.bucket), api.agents()]);
    tiles(m, agents);
    table(m, new Map(agents.map((a) => [a.id, a.name])));
    draw(m);
  } catch (err) {
    $("numbers-error").textContent = err.message;
  }
}
