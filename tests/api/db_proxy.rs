//! A TCP proxy between the server under test and a MongoDB wire-protocol server that can
//! fail at exact points: cut a connection right after a given write, or hold a write
//! unanswered until the test lets it through.
//!
//! Bytes are forwarded both ways unchanged. Client-to-server traffic is split into wire
//! messages by their 16-byte header; each `OP_MSG` is decoded into a [`Command`] and checked
//! against the test's rules, in order, before it is forwarded. Other opcodes (`OP_QUERY`,
//! `OP_COMPRESSED`, ...) pass through unread. Server-to-client traffic is copied blindly.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bson::{Bson, Document};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::{AbortHandle, JoinHandle};

use crate::helpers::{
    customer_of, message_event, new_psid, now_ms, nx_27017_bin, page_payload, sign, spawn_app_with,
    AppOptions, NxServer, TestApp, PLAIN_QUESTION, WAIT,
};

const OP_MSG: i32 = 2013;
const HEADER_LEN: usize = 16;
/// Far above MongoDB's 48 MB message limit: anything larger is not a wire message.
const MAX_MESSAGE_LEN: usize = 64 * 1024 * 1024;
const CHECKSUM_PRESENT: u32 = 1;

/// One client-to-server `OP_MSG`, decoded.
#[derive(Clone, Debug)]
pub struct Command {
    /// The body's first key: `insert`, `update`, `find`, `hello`, `isMaster`, ...
    pub name: String,
    /// The collection the command is about (the first key's value when it is a string;
    /// `collection` for `getMore`).
    pub collection: Option<String>,
    /// The kind-0 section.
    pub body: Document,
    /// Kind-1 sections: identifier (`documents`, `updates`, `deletes`) to documents.
    pub sequences: BTreeMap<String, Vec<Document>>,
    /// Which proxied connection carried it (numbered from 1 in accept order).
    pub connection: u64,
}

impl Command {
    pub fn is(&self, name: &str, collection: &str) -> bool {
        self.name == name && self.collection.as_deref() == Some(collection)
    }

    /// The documents under `key`, whether the driver sent them as a kind-1 section or as
    /// an array in the body (the Rust driver sends `insert` documents as a section but
    /// `update` statements in the body).
    pub fn docs(&self, key: &str) -> Vec<&Document> {
        let mut out: Vec<&Document> = self
            .sequences
            .get(key)
            .map(|docs| docs.iter().collect())
            .unwrap_or_default();
        if let Ok(array) = self.body.get_array(key) {
            out.extend(array.iter().filter_map(Bson::as_document));
        }
        out
    }

    /// An `update` on `collection` with a statement whose filter has `q._id == id`.
    pub fn updates_id(&self, collection: &str, id: &str) -> bool {
        self.is("update", collection)
            && self.docs("updates").iter().any(|statement| {
                statement
                    .get_document("q")
                    .ok()
                    .and_then(|q| q.get_str("_id").ok())
                    == Some(id)
            })
    }

    /// An `insert` into `collection` of a document whose `field` equals `value`.
    pub fn inserts(&self, collection: &str, field: &str, value: impl Into<Bson>) -> bool {
        let value = value.into();
        self.is("insert", collection)
            && self
                .docs("documents")
                .iter()
                .any(|d| d.get(field) == Some(&value))
    }

    /// A command that changes data.
    pub fn is_write(&self) -> bool {
        matches!(
            self.name.as_str(),
            "insert" | "update" | "delete" | "findAndModify"
        )
    }

    /// Handshakes and heartbeats, which come and go with the driver's monitors.
    pub fn is_monitoring(&self) -> bool {
        matches!(
            self.name.as_str(),
            "hello" | "isMaster" | "ismaster" | "ping"
        )
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.collection {
            Some(c) => write!(f, "{} {c}", self.name),
            None => write!(f, "{}", self.name),
        }
    }
}

/// What happens to a command a rule matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Forward it (a rule that only counts).
    Pass,
    /// Hold it unforwarded and unanswered until `release_stalled` (or `cut_all`); the
    /// connection's later messages wait behind it.
    Stall,
    /// Drop it and close its client connection and upstream connection at once.
    Cut,
    /// As `Cut`, and close every other open connection too, like a database restart.
    CutAll,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuleId(u64);

struct Rule {
    id: RuleId,
    predicate: Box<dyn Fn(&Command) -> bool + Send>,
    action: Action,
    /// `None`: every time.
    remaining: Option<u32>,
    fired: u32,
}

#[derive(Default)]
struct State {
    rules: Vec<Rule>,
    next_rule: u64,
    seen: Vec<Command>,
    other_opcodes: Vec<i32>,
    /// Open connections: both directions' tasks.
    connections: HashMap<u64, [AbortHandle; 2]>,
    accepted: u64,
    stalled: Vec<oneshot::Sender<()>>,
}

struct Shared {
    upstream: String,
    state: Mutex<State>,
}

enum Verdict {
    Forward,
    Hold(oneshot::Receiver<()>),
    Cut { everyone: bool },
}

impl Shared {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().expect("proxy state")
    }

    fn judge(&self, command: Command) -> Verdict {
        let mut state = self.state();
        let action = state
            .rules
            .iter_mut()
            .find(|r| r.remaining != Some(0) && (r.predicate)(&command))
            .map(|rule| {
                rule.fired += 1;
                if let Some(n) = rule.remaining.as_mut() {
                    *n -= 1;
                }
                rule.action
            })
            .unwrap_or(Action::Pass);
        state.seen.push(command);
        match action {
            Action::Pass => Verdict::Forward,
            Action::Stall => {
                let (release, held) = oneshot::channel();
                state.stalled.push(release);
                Verdict::Hold(held)
            }
            Action::Cut => Verdict::Cut { everyone: false },
            Action::CutAll => Verdict::Cut { everyone: true },
        }
    }

    fn close(&self, connection: u64) {
        let tasks = self.state().connections.remove(&connection);
        for task in tasks.into_iter().flatten() {
            task.abort();
        }
    }

    fn close_all(&self) -> usize {
        let mut state = self.state();
        state.stalled.clear();
        let open: Vec<_> = state.connections.drain().collect();
        drop(state);
        for (_, tasks) in &open {
            for task in tasks {
                task.abort();
            }
        }
        open.len()
    }

    async fn serve(self: Arc<Self>, client: TcpStream) {
        let Ok(upstream) = TcpStream::connect(&self.upstream).await else {
            return;
        };
        let _ = client.set_nodelay(true);
        let _ = upstream.set_nodelay(true);
        let (client_read, client_write) = client.into_split();
        let (upstream_read, upstream_write) = upstream.into_split();
        // Both tasks are registered before either can look itself up: they need the lock.
        let mut state = self.state();
        state.accepted += 1;
        let id = state.accepted;
        let requests = tokio::spawn(self.clone().requests(id, client_read, upstream_write));
        let replies = tokio::spawn(self.clone().replies(id, upstream_read, client_write));
        state
            .connections
            .insert(id, [requests.abort_handle(), replies.abort_handle()]);
    }

    async fn replies(self: Arc<Self>, id: u64, mut from: OwnedReadHalf, mut to: OwnedWriteHalf) {
        let _ = tokio::io::copy(&mut from, &mut to).await;
        self.close(id);
    }

    async fn requests(self: Arc<Self>, id: u64, mut from: OwnedReadHalf, mut to: OwnedWriteHalf) {
        loop {
            let mut header = [0u8; HEADER_LEN];
            if from.read_exact(&mut header).await.is_err() {
                break;
            }
            let len = i32::from_le_bytes([header[0], header[1], header[2], header[3]]);
            let op_code = i32::from_le_bytes([header[12], header[13], header[14], header[15]]);
            let len = usize::try_from(len).unwrap_or(0);
            if !(HEADER_LEN..=MAX_MESSAGE_LEN).contains(&len) {
                // Not framed like the wire protocol: relay the rest as it comes.
                if to.write_all(&header).await.is_ok() {
                    let _ = tokio::io::copy(&mut from, &mut to).await;
                }
                break;
            }
            let mut message = header.to_vec();
            message.resize(len, 0);
            if from.read_exact(&mut message[HEADER_LEN..]).await.is_err() {
                break;
            }
            let verdict = match (op_code == OP_MSG)
                .then(|| decode_op_msg(&message[HEADER_LEN..], id))
                .flatten()
            {
                Some(command) => self.judge(command),
                None => {
                    self.state().other_opcodes.push(op_code);
                    Verdict::Forward
                }
            };
            match verdict {
                Verdict::Forward => {}
                Verdict::Hold(released) => {
                    if released.await.is_err() {
                        break;
                    }
                }
                Verdict::Cut { everyone } => {
                    if everyone {
                        self.close_all();
                    }
                    break;
                }
            }
            if to.write_all(&message).await.is_err() {
                break;
            }
        }
        self.close(id);
    }
}

/// Decodes an `OP_MSG` after its header; `None` if it is malformed.
fn decode_op_msg(message: &[u8], connection: u64) -> Option<Command> {
    let flags = u32::from_le_bytes(message.get(..4)?.try_into().ok()?);
    let end = if flags & CHECKSUM_PRESENT != 0 {
        message.len().checked_sub(4)?
    } else {
        message.len()
    };
    let mut rest = message.get(4..end)?;
    let mut body = None;
    let mut sequences: BTreeMap<String, Vec<Document>> = BTreeMap::new();
    while let Some((&kind, after)) = rest.split_first() {
        rest = after;
        match kind {
            0 => {
                let len = bson_len(rest)?;
                body = Some(Document::from_reader(rest.get(..len)?).ok()?);
                rest = &rest[len..];
            }
            1 => {
                let size = bson_len(rest)?;
                let mut section = rest.get(4..size)?;
                rest = &rest[size..];
                let nul = section.iter().position(|&b| b == 0)?;
                let identifier = std::str::from_utf8(&section[..nul]).ok()?.to_string();
                section = &section[nul + 1..];
                let docs = sequences.entry(identifier).or_default();
                while !section.is_empty() {
                    let len = bson_len(section)?;
                    docs.push(Document::from_reader(section.get(..len)?).ok()?);
                    section = &section[len..];
                }
            }
            _ => return None,
        }
    }
    let body = body?;
    let (name, first) = body.iter().next()?;
    let collection = match (name.as_str(), first) {
        ("getMore", _) => body.get_str("collection").ok().map(str::to_string),
        (_, Bson::String(c)) => Some(c.clone()),
        _ => None,
    };
    Some(Command {
        name: name.clone(),
        collection,
        sequences,
        body,
        connection,
    })
}

/// The length a BSON document (or a kind-1 section) at the start of `bytes` declares.
fn bson_len(bytes: &[u8]) -> Option<usize> {
    let len = i32::from_le_bytes(bytes.get(..4)?.try_into().ok()?);
    usize::try_from(len).ok().filter(|&n| n >= 5)
}

/// The proxy. Dropping it closes its listener and every connection.
pub struct DbProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: JoinHandle<()>,
}

impl DbProxy {
    /// Listens on 127.0.0.1:0 and opens one upstream connection per client connection.
    pub async fn start(upstream: impl ToString) -> DbProxy {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the proxy");
        let addr = listener.local_addr().expect("proxy address");
        let shared = Arc::new(Shared {
            upstream: upstream.to_string(),
            state: Mutex::default(),
        });
        let accepting = shared.clone();
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(accepting.clone().serve(client));
            }
        });
        DbProxy {
            addr,
            shared,
            accept,
        }
    }

    /// The URI to give the server. No `directConnection`: nx-27017 answers as a standalone,
    /// so the driver keeps using this address. (A replica-set member would advertise its
    /// own address and the driver would go around the proxy without it.)
    pub fn uri(&self) -> String {
        format!("mongodb://{}", self.addr)
    }

    /// Adds a rule after the existing ones; the first rule that matches a command (and has
    /// not used up `times`) decides. The predicate runs with the proxy's state locked: it
    /// must not call the proxy.
    pub fn rule(
        &self,
        times: Option<u32>,
        action: Action,
        predicate: impl Fn(&Command) -> bool + Send + 'static,
    ) -> RuleId {
        let mut state = self.shared.state();
        state.next_rule += 1;
        let id = RuleId(state.next_rule);
        state.rules.push(Rule {
            id,
            predicate: Box::new(predicate),
            action,
            remaining: times,
            fired: 0,
        });
        id
    }

    /// A rule that fires for the first matching command only.
    pub fn once(
        &self,
        action: Action,
        predicate: impl Fn(&Command) -> bool + Send + 'static,
    ) -> RuleId {
        self.rule(Some(1), action, predicate)
    }

    /// How many commands the rule has matched.
    pub fn fired(&self, rule: RuleId) -> u32 {
        let state = self.shared.state();
        state
            .rules
            .iter()
            .find(|r| r.id == rule)
            .map_or(0, |r| r.fired)
    }

    pub fn remove_rule(&self, rule: RuleId) {
        self.shared.state().rules.retain(|r| r.id != rule);
    }

    pub fn clear_rules(&self) {
        self.shared.state().rules.clear();
    }

    /// Every command seen so far, in arrival order (stalled and cut ones included).
    pub fn commands(&self) -> Vec<Command> {
        self.shared.state().seen.clone()
    }

    /// Opcodes of the client messages that were not `OP_MSG` (passed through unread).
    pub fn other_opcodes(&self) -> Vec<i32> {
        self.shared.state().other_opcodes.clone()
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> u64 {
        self.shared.state().accepted
    }

    /// Connections open now.
    pub fn open_connections(&self) -> usize {
        self.shared.state().connections.len()
    }

    /// Messages held by `Stall` rules now.
    pub fn stalled(&self) -> usize {
        self.shared.state().stalled.len()
    }

    /// Waits until at least `n` messages are held (panics after `WAIT`).
    pub async fn wait_for_stalled(&self, n: usize) {
        let deadline = tokio::time::Instant::now() + WAIT;
        while self.stalled() < n {
            assert!(
                tokio::time::Instant::now() < deadline,
                "no {n} stalled messages after {WAIT:?}; seen: {}",
                summary(&self.commands())
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Forwards every held message (each continues its connection); returns how many.
    pub fn release_stalled(&self) -> usize {
        let held: Vec<_> = self.shared.state().stalled.drain(..).collect();
        let n = held.len();
        for release in held {
            let _ = release.send(());
        }
        n
    }

    /// Closes every open connection now (held messages are dropped); returns how many.
    pub fn cut_all(&self) -> usize {
        self.shared.close_all()
    }
}

impl Drop for DbProxy {
    fn drop(&mut self) {
        self.accept.abort();
        self.shared.close_all();
    }
}

/// `insert messages, update customers, ...` without handshakes and heartbeats.
pub fn summary(commands: &[Command]) -> String {
    commands
        .iter()
        .filter(|c| !c.is_monitoring())
        .map(Command::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `_id` of a customer document in the MongoDB store.
pub fn customer_doc_id(company: &str, page: &str, psid: &str) -> String {
    format!("{company}\u{1f}{page}\u{1f}{psid}")
}

// ---------------------------------------------------------------------------------------------
// The proxy in front of a private nx-27017
// ---------------------------------------------------------------------------------------------

pub struct Setup {
    pub app: TestApp,
    pub proxy: DbProxy,
    pub _db: NxServer,
}

pub async fn setup(test: &str) -> Option<Setup> {
    setup_with(test, Vec::new()).await
}

/// A private nx-27017, a proxy in front of it, and the server through the proxy with this
/// extra environment.
pub async fn setup_with(test: &str, env: Vec<(String, String)>) -> Option<Setup> {
    let Some(bin) = nx_27017_bin() else {
        println!("NX_27017_BIN is not set (tests/all.sh sets it): {test} needs its own MongoDB");
        return None;
    };
    let db = NxServer::start(bin).await;
    let proxy = DbProxy::start(format!("127.0.0.1:{}", db.port)).await;
    let app = spawn_app_with(AppOptions {
        mongodb_uri: Some(proxy.uri()),
        env,
        ..AppOptions::default()
    })
    .await;
    Some(Setup {
        app,
        proxy,
        _db: db,
    })
}

/// A signed webhook carrying one customer message: body and signature.
pub fn webhook(page: &str, psid: &str, mid: &str, text: &str) -> (Vec<u8>, String) {
    let event = message_event(page, psid, mid, text, now_ms());
    let body = serde_json::to_vec(&page_payload(page, vec![event])).unwrap();
    let signature = sign(&body);
    (body, signature)
}

/// A customer on page 1001 whose first message and profile look-up are recorded, so that
/// no background update of their document is still pending.
pub async fn settled_customer(app: &TestApp, token: &str, psid: &str) {
    app.customer_says("1001", psid, PLAIN_QUESTION).await;
    app.wait_for_customer(
        token,
        "1001",
        psid,
        "profile and bot answer recorded",
        |c| c["customer_name"].is_string(),
    )
    .await;
}

/// Waits until the server reaches its store again (the driver rediscovers the server
/// after a network error within its selection timeout; a busy machine may take longer).
pub async fn wait_ready(app: &TestApp) {
    let deadline = tokio::time::Instant::now() + WAIT;
    while app.get_anon("/readyz").await.status != 200 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the server did not reach its store again within {WAIT:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[track_caller]
fn position(commands: &[Command], what: &str, pred: impl Fn(&Command) -> bool) -> usize {
    commands
        .iter()
        .position(pred)
        .unwrap_or_else(|| panic!("no {what} among: {}", summary(commands)))
}

/// `#connection name collection` for each command, for the test output.
fn trace(commands: &[Command]) -> String {
    commands
        .iter()
        .filter(|c| !c.is_monitoring())
        .map(|c| format!("#{} {c}", c.connection))
        .collect::<Vec<_>>()
        .join(", ")
}

#[tokio::test]
async fn the_server_works_through_the_proxy_which_sees_every_write() {
    let Some(Setup { app, proxy, _db }) = setup("the proxy test").await else {
        return;
    };
    let alice = app.login("alice").await;
    let psid = new_psid();
    let key = customer_doc_id("acme", "1001", &psid);

    let before = proxy.commands().len();
    let first = app.customer_says("1001", &psid, PLAIN_QUESTION).await;
    let seen = proxy.commands().split_off(before);
    println!("a new customer's message: {}", trace(&seen));
    let message = position(&seen, "insert of the message", |c| {
        c.inserts("messages", "mid", first.as_str())
    });
    let customer = position(&seen, "insert of the customer", |c| {
        c.inserts("customers", "_id", key.as_str())
    });
    // The document is the commit point: it is written first, the history after it.
    assert!(customer < message, "{}", summary(&seen));
    app.wait_for_customer(&alice.token, "1001", &psid, "profile recorded", |c| {
        c["customer_name"].is_string()
    })
    .await;
    println!(
        "in the background: {}",
        trace(&proxy.commands()[before + seen.len()..])
    );

    let before = proxy.commands().len();
    let second = app.customer_says("1001", &psid, "and on sundays?").await;
    let seen = proxy.commands().split_off(before);
    println!("a known customer's message: {}", trace(&seen));
    let message = position(&seen, "insert of the message", |c| {
        c.inserts("messages", "mid", second.as_str())
    });
    let customer = position(&seen, "update of the customer", |c| {
        c.updates_id("customers", &key)
    });
    assert!(customer < message, "{}", summary(&seen));

    let before = proxy.commands().len();
    app.request_help(&alice.token, "1001", &psid).await;
    let seen = proxy.commands().split_off(before);
    println!("a request for a human: {}", trace(&seen));

    let before = proxy.commands().len();
    app.set_agent(&alice.token, "1001", &psid, json!(alice.agent_id()))
        .await
        .ok("assign alice");
    let seen = proxy.commands().split_off(before);
    println!("an agent assign: {}", trace(&seen));
    position(&seen, "update of the customer", |c| {
        c.updates_id("customers", &key)
    });

    let r = app.get_customer(&alice.token, "1001", &psid).await;
    let c = customer_of(r.ok("the customer through the proxy"));
    assert_eq!(c["message_count"], 3, "{c}");
    assert_eq!(c["agent_id"], alice.agent_id(), "{c}");
    let mut monitoring: Vec<String> = proxy
        .commands()
        .iter()
        .filter(|c| c.is_monitoring())
        .map(|c| c.name.clone())
        .collect();
    monitoring.sort();
    monitoring.dedup();
    println!(
        "connections accepted: {}, open: {}, monitoring commands: {monitoring:?}, other opcodes: {:?}",
        proxy.accepted(),
        proxy.open_connections(),
        proxy.other_opcodes()
    );
}

#[tokio::test]
async fn a_connection_cut_at_the_customer_write_fails_the_webhook_and_service_resumes() {
    let Some(Setup { app, proxy, _db }) = setup("the cut test").await else {
        return;
    };
    let alice = app.login("alice").await;
    let psid = new_psid();
    let key = customer_doc_id("acme", "1001", &psid);
    settled_customer(&app, &alice.token, &psid).await;

    let cut = proxy.once(Action::Cut, move |c| c.updates_id("customers", &key));
    let before = proxy.commands().len();
    let (body, signature) = webhook("1001", &psid, "m_cut_1", "still there?");
    app.post_webhook_raw(body, Some(&signature)).await.error(
        503,
        "store_unavailable",
        "a webhook whose customer write was cut off",
    );
    assert_eq!(proxy.fired(cut), 1);
    let seen = proxy.commands().split_off(before);
    position(&seen, "the cut update", |c| c.is("update", "customers"));

    // Nothing restarted: the next webhook goes through on new connections.
    wait_ready(&app).await;
    let (body, signature) = webhook("1001", &psid, "m_cut_2", "hello again");
    let r = app.post_webhook_raw(body, Some(&signature)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let r = app.get_customer(&alice.token, "1001", &psid).await;
    let c = customer_of(r.ok("the customer after the cut"));
    assert_eq!(c["last_message"], "hello again", "{c}");
}

#[tokio::test]
async fn a_stalled_write_holds_its_webhook_until_released() {
    // The store's own timeout must not end the held write before the test releases it.
    let env = vec![("MONGODB_TIMEOUT_MS".to_owned(), "60000".to_owned())];
    let Some(Setup { app, proxy, _db }) = setup_with("the stall test", env).await else {
        return;
    };
    let alice = app.login("alice").await;
    settled_customer(&app, &alice.token, &new_psid()).await;
    let psid = new_psid();
    let key = customer_doc_id("acme", "1001", &psid);
    let held = psid.clone();
    let rule = proxy.rule(None, Action::Stall, move |c| {
        c.inserts("messages", "customer_id", held.as_str())
            || c.inserts("customers", "_id", key.as_str())
            || c.updates_id("customers", &key)
    });

    let (body, signature) = webhook("1001", &psid, "m_stall_1", PLAIN_QUESTION);
    let request = app
        .http
        .post(app.url("/webhook"))
        .header("content-type", "application/json")
        .header("X-Hub-Signature-256", signature)
        .body(body);
    let mut pending = tokio::spawn(async move { request.send().await.map(|r| r.status()) });
    proxy.wait_for_stalled(1).await;
    let early = tokio::time::timeout(Duration::from_secs(3), &mut pending).await;
    assert!(
        early.is_err(),
        "the webhook was answered while its write was held: {early:?}"
    );

    // Else the message insert that follows the released customer write would be held too.
    proxy.remove_rule(rule);
    assert_eq!(proxy.release_stalled(), 1);
    let status = tokio::time::timeout(WAIT, pending)
        .await
        .expect("the webhook is answered once its write is released")
        .unwrap()
        .unwrap();
    assert_eq!(status, 200);
    let r = app.get_customer(&alice.token, "1001", &psid).await;
    let c = customer_of(r.ok("the customer after the release"));
    assert_eq!(c["message_count"], 1, "{c}");
}

#[tokio::test]
async fn every_connection_cut_at_once_is_survived() {
    let Some(Setup { app, proxy, _db }) = setup("the restart test").await else {
        return;
    };
    proxy.rule(None, Action::CutAll, |c| {
        c.is_write() && c.collection.as_deref() == Some("customers")
    });
    let (body, signature) = webhook("1001", &new_psid(), "m_all_1", PLAIN_QUESTION);
    app.post_webhook_raw(body, Some(&signature)).await.error(
        503,
        "store_unavailable",
        "a webhook cut off by a database restart",
    );

    proxy.clear_rules();
    // The connections the driver opened since go too, as in a second restart.
    proxy.cut_all();
    wait_ready(&app).await;
    app.customer_says("1001", &new_psid(), PLAIN_QUESTION).await;
}
