//! The conformance suite every [`Store`] must pass. Each check takes a fresh, empty store.
//! The embedded store runs it in its unit tests; other stores call [`run_all`] from their
//! own tests with a factory for empty stores.

use super::{
    encode_tally, tally_shares, CustomerQuery, CustomerWrite, MessageWindow, Period, Store,
    TallyRow, WriteOp, WriteResult,
};
use crate::attendance::Stretch;
use crate::events::Availability;
use crate::handoff::{Csat, Ending, Episode, HandoffRecord, Whose};
use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use crate::model::{
    from_millis, AgentRecord, AuditEntry, AuditQuery, CompanyRecord, Customer, CustomerSort,
    Direction, FaqEntry, MessageRecord, PageRecord, Role, Sender, SessionRecord, Survey,
    TenantChange,
};
use crate::tally::stored::Parts;
use crate::tally::HourTally;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

fn key(company: &str, page: &str, customer: &str) -> CustomerKey {
    CustomerKey {
        company: CompanyId::new(company),
        page: PageId::new(page),
        customer: CustomerId::new(customer),
    }
}

fn customer(key: &CustomerKey, version: u64, at_ms: i64) -> Customer {
    let at = from_millis(at_ms);
    Customer {
        message_count: version,
        last_message: Some(format!("message {version}")),
        version,
        ..Customer::new(key, "Page", at, at)
    }
}

fn message(id: &str, at_ms: i64) -> MessageRecord {
    MessageRecord {
        id: id.into(),
        direction: Direction::Inbound,
        sender: Sender::Customer,
        agent_id: None,
        agent_name: None,
        text: format!("text of {id}"),
        timestamp: from_millis(at_ms),
    }
}

/// The latest `limit` messages.
fn latest(limit: usize) -> MessageWindow {
    MessageWindow {
        limit,
        before: None,
    }
}

/// A customer write as a webhook's message makes it: the message must be new.
fn write(c: Customer, expected_version: u64, message: Option<MessageRecord>) -> WriteOp {
    WriteOp::Customer(Box::new(CustomerWrite {
        customer: c,
        expected_version,
        require_new: message.is_some(),
        messages: message.into_iter().collect(),
        audit: None,
        handoff: None,
        conversation: false,
    }))
}

/// Commits a batch whose every op must succeed; their results.
async fn commit(store: &dyn Store, ops: Vec<WriteOp>) -> Vec<WriteResult> {
    store
        .commit(ops)
        .await
        .into_iter()
        .map(|r| r.expect("commit"))
        .collect()
}

async fn commit_one(store: &dyn Store, op: WriteOp) -> WriteResult {
    let mut results = commit(store, vec![op]).await;
    assert_eq!(results.len(), 1);
    results.remove(0)
}

/// Inserts need version 0; updates need the stored version; losers see what is stored.
pub async fn compare_and_set(store: Arc<dyn Store>) {
    let k = key("acme", "p1", "c1");
    let v1 = customer(&k, 1, 1_000);
    assert_eq!(
        commit_one(&*store, write(v1.clone(), 0, None)).await,
        WriteResult::Applied
    );
    assert_eq!(store.customer(&k).await.expect("read"), Some(v1.clone()));
    match commit_one(&*store, write(customer(&k, 1, 2_000), 0, None)).await {
        WriteResult::Conflict { current } => assert_eq!(current.map(|c| *c), Some(v1.clone())),
        other => panic!("second insert must conflict, got {other:?}"),
    }
    let v2 = customer(&k, 2, 3_000);
    assert_eq!(
        commit_one(&*store, write(v2.clone(), 1, None)).await,
        WriteResult::Applied
    );
    assert!(matches!(
        commit_one(&*store, write(customer(&k, 2, 4_000), 1, None)).await,
        WriteResult::Conflict { .. }
    ));
    assert_eq!(store.customer(&k).await.expect("read"), Some(v2));
    assert_eq!(
        store
            .customer(&key("acme", "p1", "nobody"))
            .await
            .expect("read"),
        None
    );
}

/// A message id is recorded once per page; a duplicate leaves the customer untouched.
pub async fn message_ids_are_unique_per_page(store: Arc<dyn Store>) {
    let k = key("acme", "p1", "c1");
    let first = write(customer(&k, 1, 1_000), 0, Some(message("m1", 1_000)));
    assert_eq!(commit_one(&*store, first).await, WriteResult::Applied);
    let again = write(customer(&k, 2, 2_000), 1, Some(message("m1", 1_000)));
    assert_eq!(
        commit_one(&*store, again).await,
        WriteResult::DuplicateMessage
    );
    assert_eq!(
        store.customer(&k).await.expect("read").map(|c| c.version),
        Some(1)
    );
    let append = WriteOp::AppendMessage {
        key: k.clone(),
        message: message("m1", 1_000),
    };
    assert_eq!(
        commit_one(&*store, append).await,
        WriteResult::DuplicateMessage
    );
    let other_page = key("acme", "p2", "c1");
    let elsewhere = write(
        customer(&other_page, 1, 1_000),
        0,
        Some(message("m1", 1_000)),
    );
    assert_eq!(commit_one(&*store, elsewhere).await, WriteResult::Applied);
    assert_eq!(store.messages(&k, latest(10)).await.expect("read").len(), 1);
}

/// The document is the commit point: its recent message ids and outgoing messages are
/// stored with it, and a message it lists is recorded once however often it is written.
pub async fn the_document_carries_its_message_ids(store: Arc<dyn Store>) {
    let k = key("acme", "p1", "c1");
    let mut first = customer(&k, 1, 1_000);
    first.remember("m1");
    assert_eq!(
        commit_one(&*store, write(first.clone(), 0, Some(message("m1", 1_000)))).await,
        WriteResult::Applied
    );
    let stored = store.customer(&k).await.expect("read").expect("stored");
    assert_eq!(stored.recent_mids, vec!["m1".to_owned()]);
    // Recording a listed message again (a repair after a failure) changes nothing.
    let repair = WriteOp::AppendMessage {
        key: k.clone(),
        message: message("m1", 1_000),
    };
    let repaired = commit_one(&*store, repair).await;
    assert!(
        matches!(
            repaired,
            WriteResult::Applied | WriteResult::DuplicateMessage
        ),
        "{repaired:?}"
    );
    // Without `require_new` an id already recorded is skipped and the document written.
    let mut second = customer(&k, 2, 2_000);
    second.recent_mids = vec!["m1".into(), "m2".into()];
    let both = WriteOp::Customer(Box::new(CustomerWrite {
        customer: second,
        expected_version: 1,
        messages: vec![message("m1", 1_000), message("m2", 2_000)],
        require_new: false,
        audit: None,
        handoff: None,
        conversation: false,
    }));
    assert_eq!(commit_one(&*store, both).await, WriteResult::Applied);
    let history: Vec<String> = store
        .messages(&k, latest(10))
        .await
        .expect("read")
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(history, vec!["m1".to_owned(), "m2".to_owned()]);
    assert_eq!(
        commit_one(&*store, WriteOp::Probe).await,
        WriteResult::Applied
    );
}

/// History comes back oldest first, the latest `limit`, optionally before a time.
pub async fn messages_are_paged_from_the_newest(store: Arc<dyn Store>) {
    let k = key("acme", "p1", "c1");
    assert_eq!(
        commit_one(&*store, write(customer(&k, 1, 1_000), 0, None)).await,
        WriteResult::Applied
    );
    let ops = (1..=5)
        .map(|i| WriteOp::AppendMessage {
            key: k.clone(),
            message: message(&format!("m{i}"), i * 1_000),
        })
        .collect();
    assert!(commit(&*store, ops)
        .await
        .iter()
        .all(|r| *r == WriteResult::Applied));
    let ids = |msgs: Vec<MessageRecord>| msgs.into_iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(
        ids(store.messages(&k, latest(2)).await.expect("read")),
        ["m4", "m5"]
    );
    assert_eq!(
        ids(store
            .messages(
                &k,
                MessageWindow {
                    limit: 10,
                    before: Some(from_millis(3_000))
                }
            )
            .await
            .expect("read")),
        ["m1", "m2"]
    );
    assert!(store
        .messages(&key("acme", "p1", "c2"), latest(10))
        .await
        .expect("read")
        .is_empty());
}

/// Lists filter by page, stop and assignment, sort both ways, page, and stay per company.
pub async fn lists_filter_sort_and_isolate(store: Arc<dyn Store>) {
    let mut ops = Vec::new();
    for (i, (company, page, stop, agent)) in [
        ("acme", "p1", true, Some("alice")),
        ("acme", "p1", true, None),
        ("acme", "p2", false, None),
        ("acme", "p2", true, None),
        ("globex", "g1", true, None),
    ]
    .into_iter()
    .enumerate()
    {
        let k = key(company, page, &format!("c{i}"));
        let mut c = customer(&k, 1, 1_000 * (i as i64 + 1));
        c.stop = stop;
        // Waiting order is the reverse of arrival order, so the two sorts differ.
        c.stopped_at = stop.then(|| from_millis(10_000 - i as i64 * 1_000));
        c.agent_id = agent.map(AgentId::new);
        ops.push(write(c, 0, None));
    }
    commit(&*store, ops).await;
    let ids = |r: (Vec<Customer>, u64)| {
        (
            r.0.into_iter().map(|c| c.customer_id.0).collect::<Vec<_>>(),
            r.1,
        )
    };
    let acme = CompanyId::new("acme");
    let all = CustomerQuery {
        limit: 50,
        ..CustomerQuery::default()
    };
    assert_eq!(
        ids(store.list_customers(&acme, &all).await.expect("list")),
        (vec!["c3".into(), "c2".into(), "c1".into(), "c0".into()], 4)
    );
    let waiting = CustomerQuery {
        stop: Some(true),
        sort: CustomerSort::WaitingLongest,
        limit: 50,
        ..CustomerQuery::default()
    };
    assert_eq!(
        ids(store.list_customers(&acme, &waiting).await.expect("list")),
        (vec!["c3".into(), "c1".into(), "c0".into()], 3)
    );
    let expiring = CustomerQuery {
        stop: Some(true),
        sort: CustomerSort::WindowExpiring,
        limit: 50,
        ..CustomerQuery::default()
    };
    assert_eq!(
        ids(store.list_customers(&acme, &expiring).await.expect("list")),
        (vec!["c0".into(), "c1".into(), "c3".into()], 3)
    );
    let unassigned_p1 = CustomerQuery {
        pages: Some(vec![PageId::new("p1")]),
        assigned: Some(false),
        limit: 50,
        ..CustomerQuery::default()
    };
    assert_eq!(
        ids(store
            .list_customers(&acme, &unassigned_p1)
            .await
            .expect("list")),
        (vec!["c1".into()], 1)
    );
    let paged = CustomerQuery {
        limit: 2,
        skip: 1,
        ..CustomerQuery::default()
    };
    assert_eq!(
        ids(store.list_customers(&acme, &paged).await.expect("list")),
        (vec!["c2".into(), "c1".into()], 4)
    );
    let globex = store
        .list_customers(&CompanyId::new("globex"), &all)
        .await
        .expect("list");
    assert_eq!(ids(globex), (vec!["c4".into()], 1));
    let by_id = store
        .customers_by_id(&acme, &CustomerId::new("c2"))
        .await
        .expect("find");
    assert_eq!(by_id.len(), 1);
    assert!(store
        .customers_by_id(&acme, &CustomerId::new("c4"))
        .await
        .expect("find")
        .is_empty());
}

/// The write of `c`'s next version, kept in `latest` as the expected state.
fn put_latest(latest: &mut BTreeMap<String, Customer>, c: Customer) -> WriteOp {
    let expected = latest.get(&c.customer_id.0).map_or(0, |old| old.version);
    latest.insert(c.customer_id.0.clone(), c.clone());
    write(c, expected, None)
}

/// Lists stay in their orders through every kind of change (a new message, a request for a
/// person, a claim, a priority, a return to the bot), ties included: each answer equals
/// the same query applied to every customer's latest version.
pub async fn lists_follow_every_change(store: Arc<dyn Store>) {
    use crate::policy::Priority;
    let acme = CompanyId::new("acme");
    let mut latest: BTreeMap<String, Customer> = BTreeMap::new();
    let mut ops = Vec::new();
    for i in 0..12_i64 {
        let page = if i % 3 == 0 { "p2" } else { "p1" };
        // Pairs of customers write at the same instant: ties.
        let mut c = customer(
            &key("acme", page, &format!("c{i:02}")),
            1,
            1_000 * (i / 2 + 1),
        );
        if i % 2 == 0 {
            c.stop = true;
            c.stopped_at = Some(from_millis(50_000 - i * 1_000));
        }
        ops.push(put_latest(&mut latest, c));
    }
    commit(&*store, ops).await;
    let mut changes = Vec::new();
    for (id, change) in [("c03", 0), ("c04", 1), ("c06", 2), ("c08", 3), ("c05", 4)] {
        let mut c = latest[id].clone();
        c.version += 1;
        match change {
            0 => c.last_seen = from_millis(99_000),
            1 => c.agent_id = Some(AgentId::new("alice")),
            2 => c.priority = Priority::Urgent,
            3 => {
                c.stop = false;
                c.stopped_at = None;
            }
            _ => {
                c.stop = true;
                c.stopped_at = Some(from_millis(60_000));
                c.last_seen = from_millis(1_000);
            }
        }
        changes.push(put_latest(&mut latest, c));
    }
    commit(&*store, changes).await;
    let every: Vec<Customer> = latest.values().cloned().collect();
    for sort in [
        CustomerSort::RecentFirst,
        CustomerSort::WaitingLongest,
        CustomerSort::WindowExpiring,
    ] {
        for (stop, assigned, pages) in [
            (None, None, None),
            (Some(true), None, None),
            (Some(true), Some(false), None),
            (None, None, Some(vec![PageId::new("p2")])),
            (Some(false), None, Some(vec![PageId::new("p1")])),
        ] {
            for (skip, limit) in [(0, 50), (1, 3), (5, 2)] {
                let query = CustomerQuery {
                    pages: pages.clone(),
                    stop,
                    assigned,
                    sort,
                    skip,
                    limit,
                    ..CustomerQuery::default()
                };
                let wanted =
                    query.page_of(every.iter().filter(|c| query.matches(c)).cloned().collect());
                let (found, total) = store.list_customers(&acme, &query).await.expect("list");
                let names = |list: &[Customer]| {
                    list.iter()
                        .map(|c| c.customer_id.0.clone())
                        .collect::<Vec<_>>()
                };
                assert_eq!(
                    (names(&found), total),
                    (names(&wanted.0), wanted.1),
                    "{query:?}"
                );
            }
        }
    }
}

/// The audit log reads newest first, filters, pages, and stays per company.
pub async fn audit_is_newest_first(store: Arc<dyn Store>) {
    let entry = |action: &str, agent: &str, customer: &str, at_ms: i64| AuditEntry {
        action: action.into(),
        agent_id: Some(AgentId::new(agent)),
        agent_name: Some(agent.to_uppercase()),
        agent_email: Some(format!("{agent}@acme.test")),
        customer_id: Some(CustomerId::new(customer)),
        page_id: Some(PageId::new("p1")),
        result: "ok".into(),
        at: from_millis(at_ms),
        detail: None,
    };
    let ops = vec![
        WriteOp::Audit {
            company: CompanyId::new("acme"),
            entry: entry("assign", "alice", "c1", 1_000),
        },
        WriteOp::Audit {
            company: CompanyId::new("acme"),
            entry: entry("send", "bob", "c2", 2_000),
        },
        WriteOp::Audit {
            company: CompanyId::new("acme"),
            entry: entry("unassign", "alice", "c1", 3_000),
        },
        WriteOp::Audit {
            company: CompanyId::new("globex"),
            entry: entry("assign", "gina", "c9", 4_000),
        },
    ];
    commit(&*store, ops).await;
    let acme = CompanyId::new("acme");
    let actions =
        |r: (Vec<AuditEntry>, u64)| (r.0.into_iter().map(|e| e.action).collect::<Vec<_>>(), r.1);
    let all = AuditQuery {
        limit: 50,
        ..AuditQuery::default()
    };
    assert_eq!(
        actions(store.audit(&acme, &all).await.expect("audit")),
        (vec!["unassign".into(), "send".into(), "assign".into()], 3)
    );
    let alice = AuditQuery {
        agent: Some(AgentId::new("alice")),
        limit: 1,
        skip: 1,
        ..AuditQuery::default()
    };
    assert_eq!(
        actions(store.audit(&acme, &alice).await.expect("audit")),
        (vec!["assign".into()], 2)
    );
    let c2 = AuditQuery {
        customer: Some(CustomerId::new("c2")),
        limit: 50,
        ..AuditQuery::default()
    };
    assert_eq!(
        actions(store.audit(&acme, &c2).await.expect("audit")),
        (vec!["send".into()], 1)
    );
}

/// Sessions and tenants are stored, read back and replaced.
pub async fn sessions_and_tenants(store: Arc<dyn Store>) {
    let session = SessionRecord {
        token_hash: "h1".into(),
        agent_id: AgentId::new("alice"),
        company_id: CompanyId::new("acme"),
        created_at: from_millis(1_000),
        expires_at: from_millis(2_000),
    };
    commit(&*store, vec![WriteOp::PutSession(session.clone())]).await;
    assert_eq!(
        store.session("h1").await.expect("read"),
        Some(session.clone())
    );
    commit(
        &*store,
        vec![WriteOp::DeleteSession {
            token_hash: "h1".into(),
        }],
    )
    .await;
    assert_eq!(store.session("h1").await.expect("read"), None);

    // Expired sessions are purged; live ones stay.
    let expired = SessionRecord {
        token_hash: "old".into(),
        expires_at: from_millis(5_000),
        ..session.clone()
    };
    let live = SessionRecord {
        token_hash: "new".into(),
        expires_at: from_millis(50_000),
        ..session.clone()
    };
    commit(
        &*store,
        vec![
            WriteOp::PutSession(expired),
            WriteOp::PutSession(live.clone()),
        ],
    )
    .await;
    let purged = store
        .purge_sessions(from_millis(10_000))
        .await
        .expect("purge");
    assert_eq!(purged, 1);
    assert_eq!(store.session("old").await.expect("read"), None);
    assert_eq!(store.session("new").await.expect("read"), Some(live));

    let agent = AgentRecord {
        id: AgentId::new("alice"),
        company_id: CompanyId::new("acme"),
        name: "Alice".into(),
        email: "alice@acme.test".into(),
        role: Role::Agent,
        password_hash: "$argon2id$x".into(),
    };
    let ops = vec![
        WriteOp::Tenant(TenantChange::PutCompany(Box::new(CompanyRecord {
            id: CompanyId::new("acme"),
            name: "Acme".into(),
            sla: Default::default(),
            csat: Some(Survey::default()),
            routing: Default::default(),
        }))),
        WriteOp::Tenant(TenantChange::PutPage(PageRecord {
            id: PageId::new("p1"),
            company_id: CompanyId::new("acme"),
            name: "Store".into(),
            access_token: "t".into(),
            faq: vec![FaqEntry {
                keywords: vec!["hours".into()],
                answer: "9 to 5".into(),
            }],
            default_answer: Some("Ask me anything".into()),
            bot_disclosure: [("es".to_owned(), "Soy un asistente automático".to_owned())].into(),
            language: Some("es".into()),
        })),
        WriteOp::Tenant(TenantChange::PutAgent(agent.clone())),
        WriteOp::Tenant(TenantChange::PutAgent(AgentRecord {
            name: "Alice Smith".into(),
            ..agent
        })),
    ];
    commit(&*store, ops).await;
    let tenants = store.tenants().await.expect("tenants");
    assert_eq!(tenants.companies.len(), 1);
    assert_eq!(tenants.pages.len(), 1);
    assert_eq!(tenants.pages[0].faq[0].answer, "9 to 5");
    assert_eq!(tenants.agents.len(), 1);
    assert_eq!(tenants.agents[0].name, "Alice Smith");
    store.ping().await.expect("ping");
}

/// What the tenants file no longer lists goes; an agent's sessions end together.
pub async fn removals_and_ending_an_agents_sessions(store: Arc<dyn Store>) {
    let session = |hash: &str, agent: &str| SessionRecord {
        token_hash: hash.into(),
        agent_id: AgentId::new(agent),
        company_id: CompanyId::new("acme"),
        created_at: from_millis(1_000),
        expires_at: from_millis(2_000),
    };
    let agent = |id: &str| AgentRecord {
        id: AgentId::new(id),
        company_id: CompanyId::new("acme"),
        name: id.into(),
        email: format!("{id}@acme.test"),
        role: Role::Agent,
        password_hash: "$argon2id$x".into(),
    };
    let page = |id: &str| PageRecord {
        id: PageId::new(id),
        company_id: CompanyId::new("acme"),
        name: id.into(),
        access_token: format!("token-{id}"),
        faq: vec![],
        default_answer: None,
        bot_disclosure: Default::default(),
        language: None,
    };
    // Routing settings name pages and agents as keys, with small counts.
    let mut routing = crate::policy::Routing {
        policy: crate::policy::Policy::LeastLoaded,
        default_capacity: 3,
        ..Default::default()
    };
    routing
        .page_policies
        .insert(PageId::new("p1"), crate::policy::Policy::RoundRobin);
    routing.agent_capacity.insert(AgentId::new("bob"), 0);
    commit(
        &*store,
        vec![
            WriteOp::Tenant(TenantChange::PutCompany(Box::new(CompanyRecord {
                id: CompanyId::new("acme"),
                name: "Acme".into(),
                sla: Default::default(),
                csat: None,
                routing: routing.clone(),
            }))),
            WriteOp::Tenant(TenantChange::PutPage(page("p1"))),
            WriteOp::Tenant(TenantChange::PutPage(page("p2"))),
            WriteOp::Tenant(TenantChange::PutAgent(agent("alice"))),
            WriteOp::Tenant(TenantChange::PutAgent(agent("bob"))),
            WriteOp::PutSession(session("a1", "alice")),
            WriteOp::PutSession(session("a2", "alice")),
            WriteOp::PutSession(session("b1", "bob")),
        ],
    )
    .await;
    let results = commit(
        &*store,
        vec![
            WriteOp::Tenant(TenantChange::EndAgentSessions(AgentId::new("alice"))),
            WriteOp::Tenant(TenantChange::RemoveAgent(AgentId::new("alice"))),
            WriteOp::Tenant(TenantChange::RemovePage(PageId::new("p2"))),
            // Removing what is not there is not an error (a restart repeats it).
            WriteOp::Tenant(TenantChange::RemovePage(PageId::new("p9"))),
        ],
    )
    .await;
    assert!(
        results.iter().all(|r| *r == WriteResult::Applied),
        "{results:?}"
    );
    assert_eq!(store.session("a1").await.expect("read"), None);
    assert_eq!(store.session("a2").await.expect("read"), None);
    assert!(
        store.session("b1").await.expect("read").is_some(),
        "bob keeps his"
    );
    let tenants = store.tenants().await.expect("tenants");
    let agents: Vec<&str> = tenants.agents.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(agents, ["bob"]);
    let pages: Vec<&str> = tenants.pages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(pages, ["p1"]);
    assert_eq!(
        tenants.companies[0].routing, routing,
        "settings kept as given"
    );
    commit(
        &*store,
        vec![WriteOp::Tenant(TenantChange::RemoveCompany(
            CompanyId::new("acme"),
        ))],
    )
    .await;
    assert!(store.tenants().await.expect("tenants").companies.is_empty());
}

/// In one batch, each op stands or falls on its own.
pub async fn batched_ops_are_independent(store: Arc<dyn Store>) {
    let a = key("acme", "p1", "a");
    let b = key("acme", "p1", "b");
    let results = commit(
        &*store,
        vec![
            write(customer(&a, 1, 1_000), 0, Some(message("ma", 1_000))),
            write(customer(&b, 1, 1_000), 5, None),
            write(customer(&a, 2, 2_000), 1, None),
            write(customer(&b, 1, 1_000), 0, Some(message("ma", 1_000))),
        ],
    )
    .await;
    assert_eq!(results[0], WriteResult::Applied);
    assert!(matches!(
        results[1],
        WriteResult::Conflict { current: None }
    ));
    assert_eq!(
        results[2],
        WriteResult::Applied,
        "sees the first op of the same batch"
    );
    assert_eq!(results[3], WriteResult::DuplicateMessage);
    assert_eq!(
        store.customer(&a).await.expect("read").map(|c| c.version),
        Some(2)
    );
    assert_eq!(store.customer(&b).await.expect("read"), None);
}

/// Runs every check, each against a fresh store from `fresh`.
pub async fn run_all<F, Fut>(fresh: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = Arc<dyn Store>>,
{
    compare_and_set(fresh().await).await;
    message_ids_are_unique_per_page(fresh().await).await;
    the_document_carries_its_message_ids(fresh().await).await;
    messages_are_paged_from_the_newest(fresh().await).await;
    lists_filter_sort_and_isolate(fresh().await).await;
    lists_follow_every_change(fresh().await).await;
    audit_is_newest_first(fresh().await).await;
    sessions_and_tenants(fresh().await).await;
    removals_and_ending_an_agents_sessions(fresh().await).await;
    batched_ops_are_independent(fresh().await).await;
    finished_handoffs_are_read_by_period(fresh().await).await;
    presence_stretches_are_rewritten_by_id_and_read_by_period(fresh().await).await;
    conversations_are_counted_per_page_and_hour(fresh().await).await;
}

/// A finished handoff of customer `k`, requested at `at_ms`.
fn finished(k: &CustomerKey, at_ms: i64) -> HandoffRecord {
    let mut episode = Episode::begin(from_millis(at_ms));
    episode.change_holder(Some(&AgentId::new("alice")), from_millis(at_ms + 30_000));
    episode.responded(from_millis(at_ms + 45_000));
    let whose = Whose {
        company_id: k.company.clone(),
        page_id: k.page.clone(),
        customer_id: k.customer.clone(),
    };
    episode.finish(whose, from_millis(at_ms + 600_000), Ending::ReturnedToBot)
}

/// Writes the customer's next version with `record`.
async fn rewrite(store: &dyn Store, mut customer: Customer, record: &HandoffRecord) {
    customer.version += 1;
    let write = WriteOp::Customer(Box::new(CustomerWrite {
        expected_version: customer.version - 1,
        customer,
        messages: Vec::new(),
        require_new: false,
        audit: None,
        handoff: Some(record.clone()),
        conversation: false,
    }));
    assert_eq!(commit(store, vec![write]).await, vec![WriteResult::Applied]);
}

/// A handoff ends with its customer's write; a period of a company's handoffs is read back
/// whole, by request time, `[from, to)`, oldest first, and the document keeps the open one.
pub async fn finished_handoffs_are_read_by_period(store: Arc<dyn Store>) {
    let (k1, k2, other) = (
        key("acme", "p1", "c1"),
        key("acme", "p2", "c2"),
        key("globex", "p9", "c9"),
    );
    let mut ops = Vec::new();
    for (k, at) in [(&k1, 10_000_000), (&k2, 5_000_000), (&other, 6_000_000)] {
        let mut c = customer(k, 1, at);
        c.handoff = Some(Episode::begin(from_millis(at + 1)));
        ops.push(WriteOp::Customer(Box::new(CustomerWrite {
            customer: c,
            expected_version: 0,
            messages: Vec::new(),
            require_new: false,
            audit: None,
            handoff: Some(finished(k, at)),
            conversation: false,
        })));
    }
    for result in commit(&*store, ops).await {
        assert_eq!(result, WriteResult::Applied);
    }
    let acme = CompanyId::new("acme");
    let period = |from: i64, to: i64| Period {
        from: from_millis(from),
        to: from_millis(to),
    };
    let all = store
        .handoffs(&acme, period(0, 20_000_000))
        .await
        .expect("read");
    assert_eq!(
        all,
        vec![finished(&k2, 5_000_000), finished(&k1, 10_000_000)]
    );
    let edge = store
        .handoffs(&acme, period(5_000_000, 10_000_000))
        .await
        .expect("read");
    assert_eq!(
        edge,
        vec![finished(&k2, 5_000_000)],
        "from is in, to is out"
    );
    let stored = store.customer(&k1).await.expect("read").expect("stored");
    assert_eq!(
        stored.handoff.map(|e| e.requested_at),
        Some(from_millis(10_000_001))
    );

    // The customer's satisfaction answer rewrites the finished handoff in place, and the
    // document keeps the question while it waits.
    let mut rated = finished(&k1, 10_000_000);
    rated.csat = Some(Csat {
        agent_id: Some(AgentId::new("alice")),
        asked_at: from_millis(10_600_000),
        score: Some(5),
        answered_at: Some(from_millis(10_700_000)),
    });
    let mut c = store.customer(&k1).await.expect("read").expect("stored");
    c.survey = Some(rated.clone());
    rewrite(&*store, c, &rated).await;
    let all = store
        .handoffs(&acme, period(0, 20_000_000))
        .await
        .expect("read");
    assert_eq!(all, vec![finished(&k2, 5_000_000), rated.clone()]);
    let stored = store.customer(&k1).await.expect("read").expect("stored");
    assert_eq!(stored.survey, Some(rated.clone()));

    // The running aggregates hold each finish once and the score once, however often the
    // record is written: here the rated record a second time.
    rewrite(&*store, stored, &rated).await;
    let unrated = finished(&k1, 10_000_000);
    let mut expected: Vec<TallyRow> = [
        (&k1.page, tally_shares(&unrated, None)),
        (&k1.page, tally_shares(&rated, Some(&unrated))),
        (&k2.page, tally_shares(&finished(&k2, 5_000_000), None)),
    ]
    .into_iter()
    .fold(
        BTreeMap::<(i64, PageId), HourTally>::new(),
        |mut rows, (page, hours)| {
            for (hour, tally) in hours.0 {
                rows.entry((hour, page.clone()))
                    .or_default()
                    .merge(&tally, true);
            }
            rows
        },
    )
    .into_iter()
    .map(|((hour, page_id), tally)| TallyRow {
        page_id,
        hour: from_millis(hour),
        bytes: encode_tally(&tally, from_millis(hour)).expect("encode"),
    })
    .collect();
    assert!(expected
        .iter()
        .any(|r| r.decode(Parts::ALL).expect("decode").asked.csat_scores[4] == 1));
    let decoded = |rows: Vec<TallyRow>| -> Vec<(PageId, DateTime<Utc>, HourTally)> {
        rows.into_iter()
            .map(|r| {
                let tally = r.decode(Parts::ALL).expect("decode");
                (r.page_id, r.hour, tally)
            })
            .collect()
    };
    let tallies = store
        .tallies(&acme, period(0, 20_000_000))
        .await
        .expect("read");
    assert_eq!(decoded(tallies), decoded(expected.clone()));
    expected.retain(|r| r.hour >= from_millis(7_200_000));
    let later = store
        .tallies(&acme, period(7_200_000, 20_000_000))
        .await
        .expect("read");
    assert_eq!(
        decoded(later),
        decoded(expected),
        "rows of the hours that start within the period"
    );
}

/// A presence stretch is rewritten under its id as it is refreshed and ended; a period of a
/// company's stretches is read by start time, `[from, to)`, earliest first.
pub async fn presence_stretches_are_rewritten_by_id_and_read_by_period(store: Arc<dyn Store>) {
    let (acme, globex) = (CompanyId::new("acme"), CompanyId::new("globex"));
    let alice = AgentId::new("alice");
    let at = |ms: i64| from_millis(ms);
    let first = Stretch::open(&acme, &alice, Availability::Available, at(1_000_000));
    let second = Stretch::open(&acme, &alice, Availability::Away, at(2_000_000));
    let foreign = Stretch::open(
        &globex,
        &AgentId::new("gina"),
        Availability::Available,
        at(1_500_000),
    );
    let ops = [&second, &first, &foreign]
        .into_iter()
        .map(|s| WriteOp::Presence(s.clone()))
        .collect();
    for result in commit(&*store, ops).await {
        assert_eq!(result, WriteResult::Applied);
    }
    let mut ended = first.clone();
    ended.seen_at = at(1_900_000);
    ended.ended_at = Some(at(2_000_000));
    let results = commit(&*store, vec![WriteOp::Presence(ended.clone())]).await;
    assert_eq!(results, vec![WriteResult::Applied]);

    let period = |from: i64, to: i64| Period {
        from: at(from),
        to: at(to),
    };
    let all = store
        .presence(&acme, period(0, 3_000_000))
        .await
        .expect("read");
    assert_eq!(
        all,
        vec![ended.clone(), second.clone()],
        "rewritten in place"
    );
    let edge = store
        .presence(&acme, period(1_000_000, 2_000_000))
        .await
        .expect("read");
    assert_eq!(edge, vec![ended], "from is in, to is out");
}

/// A write that begins a conversation counts it in the hour of `conversation_since`, per
/// page; a period reads the hours that start within it, earliest first.
pub async fn conversations_are_counted_per_page_and_hour(store: Arc<dyn Store>) {
    const HOUR: i64 = 3_600_000;
    let begun = |k: &CustomerKey, at_ms: i64, version: u64, counted: bool| {
        let mut c = customer(k, version, at_ms);
        c.conversation_since = Some(from_millis(at_ms));
        WriteOp::Customer(Box::new(CustomerWrite {
            customer: c,
            expected_version: version - 1,
            messages: Vec::new(),
            require_new: false,
            audit: None,
            handoff: None,
            conversation: counted,
        }))
    };
    let (a, b, c, other) = (
        key("acme", "p1", "a"),
        key("acme", "p1", "b"),
        key("acme", "p2", "c"),
        key("globex", "p9", "x"),
    );
    let ops = vec![
        begun(&a, 10 * HOUR + 5, 1, true),
        begun(&b, 10 * HOUR + 3_000_000, 1, true),
        begun(&c, 10 * HOUR + 1, 1, true),
        begun(&other, 10 * HOUR, 1, true),
    ];
    for result in commit(&*store, ops).await {
        assert_eq!(result, WriteResult::Applied);
    }
    // A's next conversation, and a change that begins none.
    let ops = vec![
        begun(&a, 12 * HOUR + 7, 2, true),
        begun(&b, 12 * HOUR, 2, false),
    ];
    for result in commit(&*store, ops).await {
        assert_eq!(result, WriteResult::Applied);
    }
    let read = |from: i64, to: i64| {
        let store = store.clone();
        async move {
            let period = Period {
                from: from_millis(from),
                to: from_millis(to),
            };
            let mut counts: Vec<(String, i64, u64)> = store
                .conversations(&CompanyId::new("acme"), period)
                .await
                .expect("read")
                .into_iter()
                .map(|h| {
                    (
                        h.page_id.to_string(),
                        h.hour.timestamp_millis() / HOUR,
                        h.count,
                    )
                })
                .collect();
            counts.sort();
            counts
        }
    };
    assert_eq!(
        read(0, 24 * HOUR).await,
        vec![
            ("p1".into(), 10, 2),
            ("p1".into(), 12, 1),
            ("p2".into(), 10, 1)
        ]
    );
    assert_eq!(
        read(11 * HOUR, 12 * HOUR).await,
        vec![],
        "from is in, to is out"
    );
    assert_eq!(read(12 * HOUR, 13 * HOUR).await, vec![("p1".into(), 12, 1)]);
}
