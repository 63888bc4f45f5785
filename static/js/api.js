// REST calls of the agent API. Every failure becomes an ApiError carrying the server's
// own message ("Already assigned to Alice Smith"), so the UI can show it as is, and the
// error's `data` (for an undelivered message: `delivery` and `outgoing_id`).

export class ApiError extends Error {
  constructor(message, code, status, data) {
    super(message);
    this.code = code;
    this.status = status;
    this.data = data;
  }
}

async function call(method, path, body) {
  const init = { method, headers: {}, credentials: "same-origin" };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError("The server is unreachable", "network", 0);
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = data.error || {};
    throw new ApiError(err.message || `The server answered ${res.status}`, err.code, res.status, err.data);
  }
  return data;
}

/** The signed-in agent, or null when there is no valid session. */
export async function me() {
  try {
    return (await call("GET", "/api/auth/me")).agent;
  } catch (err) {
    if (err.status === 401) return null;
    throw err;
  }
}

export const login = (email, password) =>
  call("POST", "/api/auth/login", { email, password }).then((d) => d.agent);
export const logout = () => call("POST", "/api/auth/logout");
export const agents = () => call("GET", "/api/dashboard/agents").then((d) => d.agents);
/** The handoff numbers of the period since `from` (RFC 3339), by `bucket` (docs/metrics.md). */
export const metricsQuery = (from, bucket) =>
  `from=${encodeURIComponent(from)}&bucket=${bucket}`;
export const metrics = (from, bucket) => call("GET", `/api/dashboard/metrics?${metricsQuery(from, bucket)}`);
/** The company's service targets and each waiting customer's next deadline. */
export const deadlines = () => call("GET", "/api/dashboard/deadlines");
/** stop=false returns the customer to the bot and ends any assignment. */
export const setStop = (customerId, pageId, stop) =>
  call("PUT", `/api/dashboard/customers/${encodeURIComponent(customerId)}/stop`, {
    stop,
    page_id: pageId,
  });
/** An admin hands a held customer to another agent (`agent_id`: that agent's id). */
export const transfer = (customerId, pageId, agentId) =>
  call("PUT", `/api/dashboard/customers/${encodeURIComponent(customerId)}/agent`, {
    agent_id: agentId,
    page_id: pageId,
  });
/** The company's routing settings (docs/routing.md); admins replace them whole with PUT. */
export const routing = () => call("GET", "/api/dashboard/routing");
export const putRouting = (settings) => call("PUT", "/api/dashboard/routing", settings);
/** The company's pages (admins only). */
export const pages = () => call("GET", "/api/dashboard/pages").then((d) => d.pages);
