//! The actors end to end, without HTTP: a real engine on the embedded store in a temp dir,
//! a fake Messenger that records what would go to Facebook, and a fake session on the hub.

#![allow(clippy::unwrap_used)]

use actix::prelude::*;
use async_trait::async_trait;
use handoff_actors::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use handoff_actors::messages::{
    next_session_id, AgentEvent, Connect, InboundEvent, InboundOutcome,
};
use handoff_actors::metrics::Metrics;
use handoff_actors::model::{
    now, AgentRecord, AgentRef, AuditQuery, CompanyRecord, CustomerSort, PageRecord, Role,
    TenantChange,
};
use handoff_actors::outbox::{
    Bot, MessagingType, Messenger, PageAccess, Profile, TextMessage, ThreadControl,
};
use handoff_actors::testing::{CustomerWrite, EmbeddedStore, Store, WriteOp};
use handoff_actors::{
    ActorError, Engine, EngineOptions, GraphFailure, ListRequest, HANDOFF_NOTICE,
};
use serde_json::Value;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default)]
struct FakeMessenger {
    sent: Mutex<Vec<(String, String, MessagingType)>>,
    fail_with: Mutex<Option<GraphFailure>>,
}

#[async_trait]
impl Messenger for FakeMessenger {
    async fn send_text(
        &self,
        _page: &PageAccess,
        message: TextMessage<'_>,
    ) -> Result<String, GraphFailure> {
        let TextMessage {
            recipient: to,
            text,
            kind,
            ..
        } = message;
        if let Some(failure) = self.fail_with.lock().unwrap().clone() {
            return Err(failure);
        }
        let mut sent = self.sent.lock().unwrap();
        sent.push((to.0.clone(), text.to_owned(), kind));
        Ok(format!("out-{}", sent.len()))
    }

    async fn typing_on(&self, _page: &PageAccess, _to: &CustomerId) -> Result<(), GraphFailure> {
        Ok(())
    }

    async fn thread_control(
        &self,
        _page: &PageAccess,
        _to: &CustomerId,
        _control: &ThreadControl,
    ) -> Result<(), GraphFailure> {
        Ok(())
    }

    async fn profile(
        &self,
        _page: &PageAccess,
        _customer: &CustomerId,
    ) -> Result<Profile, GraphFailure> {
        Ok(Profile {
            first_name: Some("Ada".into()),
            last_name: Some("Lovelace".into()),
        })
    }
}

struct QuietBot;
#[async_trait]
impl Bot for QuietBot {
    async fn answer(&self, _page: &PageAccess, _text: &str) -> Option<String> {
        Some("bot answer".into())
    }
}

/// A fake agent session: every broadcast frame it receives.
struct Probe(Arc<Mutex<Vec<Value>>>);
impl Actor for Probe {
    type Context = Context<Self>;
}
impl Handler<AgentEvent> for Probe {
    type Result = ();
    fn handle(&mut self, msg: AgentEvent, _: &mut Context<Self>) {
        if let AgentEvent::Broadcast(frame) = msg {
            self.0
                .lock()
                .unwrap()
                .push(serde_json::from_str(&frame).unwrap());
        }
    }
}

struct World {
    engine: Arc<Engine>,
    store: Arc<dyn Store>,
    messenger: Arc<FakeMessenger>,
    _dir: tempfile::TempDir,
}

fn agent(id: &str, company: &str, role: Role) -> AgentRef {
    AgentRef {
        id: AgentId::new(id),
        company_id: CompanyId::new(company),
        name: format!("Agent {id}"),
        email: format!("{id}@{company}.test"),
        role,
    }
}

async fn world(agents: &[AgentRef]) -> World {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(EmbeddedStore::open(dir.path()).unwrap());
    let messenger = Arc::new(FakeMessenger::default());
    let engine = Engine::start(
        store.clone(),
        messenger.clone(),
        Arc::new(QuietBot),
        Arc::new(Metrics::new()),
        EngineOptions {
            threads: 2,
            idle_after: Duration::from_secs(60),
            typing_indicator: false,
            event_retention: Duration::from_secs(600),
            change_streams: true,
        },
    );
    let mut ops = vec![];
    for (company, page) in [("acme", "p1"), ("globex", "g1")] {
        ops.push(WriteOp::Tenant(TenantChange::PutCompany(Box::new(
            CompanyRecord {
                id: CompanyId::new(company),
                name: company.into(),
                sla: Default::default(),
                csat: None,
                routing: Default::default(),
            },
        ))));
        ops.push(WriteOp::Tenant(TenantChange::PutPage(PageRecord {
            id: PageId::new(page),
            company_id: CompanyId::new(company),
            name: format!("{company} page"),
            access_token: "token".into(),
            faq: vec![],
            default_answer: None,
            bot_disclosure: Default::default(),
            language: None,
        })));
    }
    for a in agents {
        ops.push(WriteOp::Tenant(TenantChange::PutAgent(AgentRecord {
            id: a.id.clone(),
            company_id: a.company_id.clone(),
            name: a.name.clone(),
            email: a.email.clone(),
            role: a.role,
            password_hash: String::new(),
        })));
    }
    engine.write(ops).await.unwrap();
    engine.reload_directory().await.unwrap();
    World {
        engine,
        store,
        messenger,
        _dir: dir,
    }
}

fn event(mid: &str, text: &str, human: bool) -> InboundEvent {
    InboundEvent {
        language: None,
        mid: mid.into(),
        text: text.into(),
        timestamp: now(),
        human_requested: human,
        standby: false,
        asks_wait: false,
        unknown_language: false,
    }
}

async fn eventually<F: Fn() -> bool>(what: &str, check: F) {
    for _ in 0..200 {
        if check() {
            return;
        }
        actix_rt::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("timed out waiting for: {what}");
}

async fn request_help(w: &World, customer: &str) {
    let outcome = w
        .engine
        .inbound(
            &PageId::new("p1"),
            &CustomerId::new(customer),
            event(&format!("m-{customer}"), "a human please", true),
        )
        .await
        .unwrap();
    assert_eq!(
        outcome,
        Some(InboundOutcome::Recorded {
            handoff_started: true
        })
    );
}

#[actix_rt::test]
async fn asking_for_a_human_queues_the_customer_notifies_agents_and_silences_the_bot() {
    let alice = agent("alice", "acme", Role::Agent);
    let w = world(std::slice::from_ref(&alice)).await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let probe = Probe(seen.clone()).start();
    w.engine
        .as_agent(&alice)
        .hub()
        .send(Connect {
            session: next_session_id(),
            agent: alice.id.clone(),
            recipient: probe.recipient(),
        })
        .await
        .unwrap();

    let (page, c1) = (PageId::new("p1"), CustomerId::new("c1"));
    let first = w
        .engine
        .inbound(&page, &c1, event("m1", "hello", false))
        .await
        .unwrap();
    assert_eq!(
        first,
        Some(InboundOutcome::Recorded {
            handoff_started: false
        })
    );
    eventually("the bot's answer", || {
        w.messenger.sent.lock().unwrap().len() == 1
    })
    .await;

    request_help(&w, "c1").await;
    eventually("the handoff notice", || {
        w.messenger.sent.lock().unwrap().len() == 2
    })
    .await;
    assert_eq!(w.messenger.sent.lock().unwrap()[1].1, HANDOFF_NOTICE);

    // Redelivery is recognised; a stopped customer gets no bot answer.
    let again = w
        .engine
        .inbound(&page, &c1, event("m1", "hello", false))
        .await
        .unwrap();
    assert_eq!(again, Some(InboundOutcome::Duplicate));
    w.engine
        .inbound(&page, &c1, event("m3", "anyone?", false))
        .await
        .unwrap();
    actix_rt::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        w.messenger.sent.lock().unwrap().len(),
        2,
        "the bot stays silent"
    );

    let (view, key) = w.engine.as_agent(&alice).customer(None, &c1).await.unwrap();
    assert!(view.customer.stop && view.customer.stopped_at.is_some());
    assert_eq!(view.customer.message_count, 3);
    let mut named = None;
    for _ in 0..100 {
        named = w
            .engine
            .as_agent(&alice)
            .customer(None, &c1)
            .await
            .unwrap()
            .0
            .customer
            .customer_name;
        if named.is_some() {
            break;
        }
        actix_rt::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(
        named.as_deref(),
        Some("Ada Lovelace"),
        "named from the profile, off the request path"
    );
    let history = w
        .engine
        .as_agent(&alice)
        .messages(&key, 50, None)
        .await
        .unwrap();
    let texts: Vec<_> = history.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "hello",
            "bot answer",
            "a human please",
            HANDOFF_NOTICE,
            "anyone?"
        ]
    );

    let events: Vec<String> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect();
    assert!(events.contains(&"agent_requested".to_owned()), "{events:?}");
    let seqs: Vec<u64> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    assert!(
        seqs.windows(2).all(|w| w[1] == w[0] + 1),
        "seq increases by one: {seqs:?}"
    );
}

#[actix_rt::test]
async fn exactly_one_of_many_racing_agents_wins() {
    let agents: Vec<AgentRef> = (0..30)
        .map(|i| agent(&format!("a{i}"), "acme", Role::Agent))
        .collect();
    let w = world(&agents).await;
    for c in ["c1", "c2", "c3"] {
        request_help(&w, c).await;
    }
    let page = PageId::new("p1");
    for c in ["c1", "c2", "c3"] {
        let customer = CustomerId::new(c);
        let attempts = agents
            .iter()
            .map(|a| w.engine.as_agent(a).assign(Some(&page), &customer));
        let results = futures_util::future::join_all(attempts).await;
        let winners: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        assert_eq!(winners.len(), 1, "{c}: one winner");
        let losers = results
            .iter()
            .filter(|r| matches!(r, Err(ActorError::AlreadyAssigned { .. })))
            .count();
        assert_eq!(
            losers,
            agents.len() - 1,
            "{c}: everyone else told already_assigned"
        );
    }
}

#[actix_rt::test]
async fn a_change_made_behind_the_actor_is_seen_through_compare_and_set() {
    let (alice, bob) = (
        agent("alice", "acme", Role::Agent),
        agent("bob", "acme", Role::Agent),
    );
    let w = world(&[alice.clone(), bob.clone()]).await;
    request_help(&w, "c1").await;
    // Another process assigns bob directly in the store; this actor's snapshot is stale.
    let key = CustomerKey {
        company: CompanyId::new("acme"),
        page: PageId::new("p1"),
        customer: CustomerId::new("c1"),
    };
    // Let the actor's own follow-up (the profile name) land first.
    let mut current = w.store.customer(&key).await.unwrap().unwrap();
    for _ in 0..100 {
        if current.customer_name.is_some() {
            break;
        }
        actix_rt::time::sleep(Duration::from_millis(25)).await;
        current = w.store.customer(&key).await.unwrap().unwrap();
    }
    let expected_version = current.version;
    current.assign_to(&bob, now());
    current.version += 1;
    let op = WriteOp::Customer(Box::new(CustomerWrite {
        customer: current,
        expected_version,
        messages: Vec::new(),
        require_new: false,
        audit: None,
        handoff: None,
        conversation: false,
    }));
    let results: Vec<_> = w
        .store
        .commit(vec![op])
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(results, vec![handoff_actors::testing::WriteResult::Applied]);

    let err = w
        .engine
        .as_agent(&alice)
        .assign(None, &CustomerId::new("c1"))
        .await
        .unwrap_err();
    assert_eq!(
        err,
        ActorError::AlreadyAssigned {
            agent_name: "Agent bob".into()
        }
    );
}

#[actix_rt::test]
async fn sending_auto_assigns_and_graph_failures_are_reported_and_audited() {
    let (alice, bob) = (
        agent("alice", "acme", Role::Agent),
        agent("boss", "acme", Role::Admin),
    );
    let w = world(&[alice.clone(), bob.clone()]).await;
    let c1 = CustomerId::new("c1");
    let bot_customer = w
        .engine
        .inbound(
            &PageId::new("p1"),
            &CustomerId::new("c0"),
            event("m0", "hi", false),
        )
        .await;
    assert!(bot_customer.is_ok());
    assert_eq!(
        w.engine
            .as_agent(&alice)
            .send(None, &CustomerId::new("c0"), "hello")
            .await
            .unwrap_err(),
        ActorError::HelpNotRequested
    );
    request_help(&w, "c1").await;
    let (_, sent) = w
        .engine
        .as_agent(&alice)
        .send(None, &c1, "Hi, Alice here")
        .await
        .unwrap();
    assert!(sent.auto_assigned);
    let (_, again) = w
        .engine
        .as_agent(&alice)
        .send(None, &c1, "Still here")
        .await
        .unwrap();
    assert!(!again.auto_assigned);
    assert!(w
        .messenger
        .sent
        .lock()
        .unwrap()
        .iter()
        .any(|(_, t, k)| t == "Still here" && *k == MessagingType::Response));

    *w.messenger.fail_with.lock().unwrap() = Some(GraphFailure {
        message: "This person isn't available right now.".into(),
        code: Some(551),
        subcode: None,
        maybe_delivered: false,
    });
    let err = w
        .engine
        .as_agent(&alice)
        .send(None, &c1, "Hello?")
        .await
        .unwrap_err();
    assert!(
        matches!(err, ActorError::Undelivered { ref failure, .. } if failure.code == Some(551)),
        "{err:?}"
    );

    let (entries, _) = w
        .engine
        .as_agent(&bob)
        .audit(AuditQuery {
            limit: 50,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    let summary: Vec<(String, String)> = entries
        .iter()
        .map(|e| (e.action.clone(), e.result.clone()))
        .collect();
    assert!(
        summary.contains(&("send".into(), "messenger_error".into())),
        "{summary:?}"
    );
    assert!(
        summary.contains(&("send".into(), "help_not_requested".into())),
        "{summary:?}"
    );
    assert!(
        summary.contains(&("assign".into(), "ok".into())),
        "{summary:?}"
    );
    assert_eq!(
        w.engine
            .as_agent(&alice)
            .audit(AuditQuery::default())
            .await
            .unwrap_err(),
        ActorError::Forbidden
    );
}

#[actix_rt::test]
async fn companies_never_see_each_other() {
    let (alice, gina) = (
        agent("alice", "acme", Role::Agent),
        agent("gina", "globex", Role::Admin),
    );
    let w = world(&[alice.clone(), gina.clone()]).await;
    request_help(&w, "c1").await;
    let c1 = CustomerId::new("c1");
    assert_eq!(
        w.engine
            .as_agent(&gina)
            .assign(None, &c1)
            .await
            .unwrap_err(),
        ActorError::CustomerNotFound
    );
    assert_eq!(
        w.engine
            .as_agent(&gina)
            .assign(Some(&PageId::new("p1")), &c1)
            .await
            .unwrap_err(),
        ActorError::PageAccessDenied
    );
    assert_eq!(
        w.engine
            .as_agent(&gina)
            .assign(Some(&PageId::new("nope")), &c1)
            .await
            .unwrap_err(),
        ActorError::PageAccessDenied
    );
    let list = w
        .engine
        .as_agent(&gina)
        .list_customers(ListRequest {
            sort: CustomerSort::WaitingLongest,
            ..ListRequest::default()
        })
        .await
        .unwrap();
    assert_eq!(list.total, 0);
    let list = w
        .engine
        .as_agent(&alice)
        .list_customers(ListRequest::default())
        .await
        .unwrap();
    assert_eq!(list.total, 1);
    assert_eq!(
        w.engine
            .as_agent(&gina)
            .transfer(None, &c1, &alice.id)
            .await
            .unwrap_err(),
        ActorError::invalid("agent_id", "no such agent in your company")
    );
}

#[actix_rt::test]
async fn returning_to_the_bot_ends_the_assignment_and_counts_follow() {
    let (alice, boss) = (
        agent("alice", "acme", Role::Agent),
        agent("boss", "acme", Role::Admin),
    );
    let w = world(&[alice.clone(), boss.clone()]).await;
    request_help(&w, "c1").await;
    let c1 = CustomerId::new("c1");
    w.engine.as_agent(&alice).assign(None, &c1).await.unwrap();
    let agents = w.engine.as_agent(&alice).agents().await.unwrap();
    assert_eq!(
        agents
            .iter()
            .find(|a| a.id == alice.id)
            .unwrap()
            .assigned_count,
        1
    );
    let moved = w
        .engine
        .as_agent(&boss)
        .transfer(None, &c1, &boss.id)
        .await
        .unwrap();
    assert_eq!(moved.customer.agent_id, Some(boss.id.clone()));
    assert_eq!(
        w.engine
            .as_agent(&alice)
            .set_stop(None, &c1, Some(false))
            .await
            .unwrap_err(),
        ActorError::NotAssignedToYou
    );
    let back = w
        .engine
        .as_agent(&boss)
        .set_stop(None, &c1, None)
        .await
        .unwrap();
    assert!(!back.customer.stop && back.customer.agent_id.is_none());
    let again = w
        .engine
        .as_agent(&alice)
        .set_stop(None, &c1, None)
        .await
        .unwrap();
    assert!(again.customer.stop, "toggled back into the queue");
}
