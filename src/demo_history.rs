//! The demo's first three hours: when `serve --demo` starts on an empty demo store, it
//! replays a scripted morning of the demo company through the same paths real traffic
//! takes — customer messages through ingestion (the bot answers them through the demo's
//! Messenger simulator), agents' consoles through the company hub, their claims, answers,
//! releases and returns to the bot through their desks — with the engine's clock set to
//! each moment in turn. A newcomer's first look at the console and its Numbers then shows
//! customers in every state, handoffs helped and abandoned, a missed target, CSAT answers,
//! contained conversations and presence. `HANDOFF_DEMO_HISTORY=0` starts empty instead.

use crate::ingest;
use crate::messenger::payload::CustomerMessage;
use crate::messenger::simulator::SimulatorMessenger;
use crate::tenants::{DEMO_COMPANY, DEMO_PAGE};
use actix::prelude::*;
use chrono::{DateTime, TimeDelta, Utc};
use handoff_actors::events::Availability;
use handoff_actors::ids::{AgentId, CustomerId, PageId};
use handoff_actors::messages::{next_session_id, AgentEvent, Connect, Disconnect};
use handoff_actors::model::{clock_at, clock_to_real_time, now, CustomerSort, PageSize};
use handoff_actors::{Engine, ListRequest};
use std::time::Duration;

/// How long before the start the history begins.
const HISTORY: TimeDelta = TimeDelta::hours(3);
/// Real time left after each step for what follows it (the bot's answer, the satisfaction
/// question) to be sent and recorded at that step's time.
const SETTLE: Duration = Duration::from_millis(60);

/// The simulated customers: PSID, first and last name.
const CUSTOMERS: &[(&str, &str, &str)] = &[
    ("demo-maria", "Maria", "Santos"),
    ("demo-tom", "Tom", "Becker"),
    ("demo-aiko", "Aiko", "Tanaka"),
    ("demo-lena", "Lena", "Fischer"),
    ("demo-omar", "Omar", "Haddad"),
    ("demo-chen", "Chen", "Wei"),
    ("demo-priya", "Priya", "Nair"),
];

const ALICE: &str = "demo-alice";
const BOB: &str = "demo-bob";

/// One thing that happens in the demo's morning.
enum Step {
    /// Customer `.0` (an index into [`CUSTOMERS`]) writes.
    Says(usize, &'static str),
    /// The agent opens the console (available), or closes it.
    Opens(&'static str),
    Closes(&'static str),
    Chooses(&'static str, Availability),
    Claims(&'static str, usize),
    Releases(&'static str, usize),
    Writes(&'static str, usize, &'static str),
    /// The agent gives the customer back to the bot.
    Resolves(&'static str, usize),
}

use Step::*;

impl Step {
    /// The agent who acts (none for a customer's message).
    fn agent(&self) -> &'static str {
        match self {
            Says(..) => "",
            Opens(a) | Closes(a) | Chooses(a, _) => a,
            Claims(a, _) | Releases(a, _) | Writes(a, _, _) | Resolves(a, _) => a,
        }
    }
}

/// An actor error as the replay reports it.
fn text(err: handoff_actors::ActorError) -> String {
    err.to_string()
}

/// Minutes after the start of the history, and what happens then.
#[rustfmt::skip]
const SCRIPT: &[(i64, Step)] = &[
    (0, Opens(ALICE)),
    (2, Says(0, "hi, where is my order 5521?")),
    (4, Says(0, "I want to talk to a human please")),
    (5, Claims(ALICE, 0)),
    (6, Writes(ALICE, 0, "Hi Maria, Alice here. Let me look at order 5521.")),
    (8, Says(0, "thank you!")),
    (10, Writes(ALICE, 0, "It left our warehouse this morning; you'll have it Thursday.")),
    (16, Resolves(ALICE, 0)),
    (17, Says(0, "5")),
    (28, Opens(BOB)),
    (30, Says(1, "can I speak to an agent")),
    // Nobody claims Tom within the two-minute target.
    (36, Claims(BOB, 1)),
    (37, Writes(BOB, 1, "Hello Tom, Bob here. What can I do for you?")),
    (38, Says(1, "my invoice shows the wrong address")),
    (40, Releases(BOB, 1)),
    (42, Claims(ALICE, 1)),
    (44, Writes(ALICE, 1, "I've corrected the address; a new invoice is on its way.")),
    (50, Resolves(ALICE, 1)),
    (51, Says(1, "4")),
    (60, Chooses(ALICE, Availability::Away)),
    (62, Says(2, "what are your opening hours?")),
    (80, Says(3, "human please")),
    (85, Chooses(ALICE, Availability::Available)),
    (90, Claims(ALICE, 3)),
    // Back to the bot without an answer: abandoned.
    (95, Resolves(ALICE, 3)),
    (100, Closes(ALICE)),
    (120, Says(4, "I need to talk to a person about a refund")),
    (121, Claims(BOB, 4)),
    (122, Writes(BOB, 4, "Hi Omar, Bob here. Which order is it about?")),
    (124, Says(4, "order 6610, the blender arrived broken")),
    (125, Closes(BOB)),
    (150, Says(5, "do you ship abroad?")),
    (170, Says(6, "hello")),
    (172, Says(6, "I need a real person, the bot doesn't understand me")),
];

/// A console that is not watching: the demo's agents open theirs before anyone looks.
struct Elsewhere;

impl Actor for Elsewhere {
    type Context = Context<Self>;
}

impl Handler<AgentEvent> for Elsewhere {
    type Result = ();

    fn handle(&mut self, _event: AgentEvent, _ctx: &mut Context<Self>) {}
}

/// Replays the demo's morning unless the demo company already has customers. A failure
/// is logged and leaves the demo as far as it got; the clock is real again either way.
pub async fn seed(engine: &Engine, simulator: &SimulatorMessenger) {
    match already_seeded(engine).await {
        Ok(false) => {}
        Ok(true) => return,
        Err(err) => {
            tracing::warn!(error = %err, "demo history not checked; not replayed");
            return;
        }
    }
    let start = now() - HISTORY;
    let result = replay(engine, simulator, start).await;
    clock_to_real_time();
    match result {
        Ok(()) => tracing::info!("demo history replayed: the last three hours of the demo company"),
        Err(err) => tracing::warn!(error = %err, "demo history replay stopped early"),
    }
}

async fn already_seeded(engine: &Engine) -> Result<bool, String> {
    let admin = demo_agent(engine, BOB)?;
    let page = engine
        .as_agent(&admin)
        .list_customers(ListRequest {
            page: None,
            stop: None,
            assigned: None,
            sort: CustomerSort::RecentFirst,
            limit: PageSize::new(Some(1)),
            skip: 0,
        })
        .await
        .map_err(|e| e.to_string())?;
    Ok(page.total > 0)
}

fn demo_agent(engine: &Engine, id: &str) -> Result<handoff_actors::model::AgentRef, String> {
    engine
        .directory()
        .agent(&AgentId::new(id))
        .filter(|a| a.company_id.as_str() == DEMO_COMPANY)
        .map(|a| a.as_ref())
        .ok_or_else(|| format!("demo agent {id} missing"))
}

async fn replay(
    engine: &Engine,
    simulator: &SimulatorMessenger,
    start: DateTime<Utc>,
) -> Result<(), String> {
    for (psid, first, last) in CUSTOMERS {
        let (first, last) = (Some((*first).to_owned()), Some((*last).to_owned()));
        simulator.set_name(&CustomerId::new(*psid), first, last);
    }
    let page = PageId::new(DEMO_PAGE);
    let mut sessions = std::collections::HashMap::new();
    for (minute, step) in SCRIPT {
        clock_at(start + TimeDelta::minutes(*minute));
        if let Says(i, text) = step {
            let message = CustomerMessage {
                page: DEMO_PAGE.into(),
                customer: CUSTOMERS[*i].0.into(),
                mid: format!("m_demo_{}", uuid::Uuid::new_v4().simple()),
                text: (*text).into(),
                timestamp: now().timestamp_millis(),
            };
            ingest::customer_message(engine, message)
                .await
                .map_err(|e| format!("{e:?}"))?;
        } else {
            let agent = step.agent();
            let who = demo_agent(engine, agent)?;
            let desk = engine.as_agent(&who);
            let psid = |i: &usize| CustomerId::new(CUSTOMERS[*i].0);
            let done = match step {
                Opens(_) => {
                    let session = next_session_id();
                    sessions.insert(agent, session);
                    let recipient = Elsewhere.start().recipient();
                    let agent = AgentId::new(agent);
                    let connect = Connect {
                        session,
                        agent,
                        recipient,
                    };
                    desk.hub().send(connect).await.map_err(|e| e.to_string())
                }
                Closes(_) => match sessions.remove(agent) {
                    Some(session) => desk
                        .hub()
                        .send(Disconnect { session })
                        .await
                        .map_err(|e| e.to_string()),
                    None => Ok(()),
                },
                Chooses(_, status) => desk.set_availability(*status).await.map_err(text),
                Claims(_, i) => desk
                    .assign(Some(&page), &psid(i))
                    .await
                    .map(drop)
                    .map_err(text),
                Releases(_, i) => desk
                    .unassign(Some(&page), &psid(i))
                    .await
                    .map(drop)
                    .map_err(text),
                Writes(_, i, words) => desk
                    .send(Some(&page), &psid(i), words)
                    .await
                    .map(drop)
                    .map_err(text),
                Resolves(_, i) => desk
                    .set_stop(Some(&page), &psid(i), Some(false))
                    .await
                    .map(drop)
                    .map_err(text),
                Says(..) => Ok(()),
            };
            done?;
        }
        tokio::time::sleep(SETTLE).await;
    }
    Ok(())
}
