//! A company's routing settings (docs/routing.md): who hands out waiting customers and how
//! many each agent may hold. Admins edit them through the API; they are kept with the
//! company's record and the tenants file leaves them as they are.

use super::hours::BusinessHours;
use super::place::QUEUE_NOTICE;
use super::thread::PageThreadControl;
use crate::ids::{AgentId, CustomerId, PageId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// The most customers a capacity may name: a console cannot serve more at once.
pub const MAX_CAPACITY: u32 = 100;

/// How waiting customers reach agents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Policy {
    /// Agents claim customers themselves; nothing is handed out.
    #[default]
    Manual,
    /// Each customer goes to the next agent in turn (by agent id) who has room.
    RoundRobin,
    /// Each customer goes to the agent holding the fewest; ties to the one whose last
    /// assignment is oldest.
    LeastLoaded,
}

impl Policy {
    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Manual => "manual",
            Policy::RoundRobin => "round_robin",
            Policy::LeastLoaded => "least_loaded",
        }
    }
}

/// How urgently a waiting customer should be served: the queue is ordered by priority,
/// then by how long each has waited. Lasts while the customer is with the team; a customer
/// handed back to the bot is `normal` again.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    #[default]
    Normal,
    High,
    Urgent,
}

impl Priority {
    /// 0 (`low`) to 3 (`urgent`): what a store sorts on.
    pub fn rank(self) -> u8 {
        self as u8
    }
}

/// A page's rules that raise a customer's priority when they ask for a person, and while
/// they wait or are served; rules never lower it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorityRules {
    /// Words or phrases (any case) that raise a customer whose message contains one.
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default = "high")]
    pub keyword_priority: Priority,
    /// Customers (page-scoped ids) always served first.
    #[serde(default)]
    pub vip_customers: Vec<CustomerId>,
    #[serde(default = "urgent")]
    pub vip_priority: Priority,
    /// A customer who asks for a person this many times in one handoff is raised; `0`: off.
    #[serde(default)]
    pub repeat_requests: u32,
    #[serde(default = "high")]
    pub repeat_priority: Priority,
}

fn high() -> Priority {
    Priority::High
}

fn urgent() -> Priority {
    Priority::Urgent
}

/// Limits on a page's rules, so that applying them stays cheap per message.
pub const MAX_KEYWORDS: usize = 200;
pub const MAX_KEYWORD_CHARS: usize = 100;
pub const MAX_VIP_CUSTOMERS: usize = 10_000;

impl PriorityRules {
    /// The priority these rules give a customer (`customer`) who has asked for a person
    /// `requests` times in this handoff and just wrote `text`; `None` when no rule applies.
    pub fn raise(&self, customer: &CustomerId, text: &str, requests: u32) -> Option<Priority> {
        let lowered = text.to_lowercase();
        let keyword = self
            .keywords
            .iter()
            .any(|k| lowered.contains(&k.to_lowercase()))
            .then_some(self.keyword_priority);
        let vip = self
            .vip_customers
            .contains(customer)
            .then_some(self.vip_priority);
        let repeat = (self.repeat_requests > 0 && requests >= self.repeat_requests)
            .then_some(self.repeat_priority);
        [keyword, vip, repeat].into_iter().flatten().max()
    }

    fn check(&self, page: &PageId) -> Result<(), (String, String)> {
        let field = |name: &str| format!("priority_rules.{page}.{name}");
        if self.keywords.len() > MAX_KEYWORDS {
            return Err((field("keywords"), format!("at most {MAX_KEYWORDS}")));
        }
        if self
            .keywords
            .iter()
            .any(|k| k.trim().is_empty() || k.chars().count() > MAX_KEYWORD_CHARS)
        {
            return Err((
                field("keywords"),
                format!("each between 1 and {MAX_KEYWORD_CHARS} characters"),
            ));
        }
        if self.vip_customers.len() > MAX_VIP_CUSTOMERS {
            return Err((
                field("vip_customers"),
                format!("at most {MAX_VIP_CUSTOMERS}"),
            ));
        }
        Ok(())
    }
}

/// The company's routing settings; every field has a default (docs/routing.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Routing {
    /// The company's policy.
    #[serde(default)]
    pub policy: Policy,
    /// Pages whose policy differs from the company's.
    #[serde(default)]
    pub page_policies: BTreeMap<PageId, Policy>,
    /// How many customers an agent holds at most when handed out automatically. `0`: the
    /// agent is never handed customers (they still claim by hand).
    #[serde(default = "default_capacity")]
    pub default_capacity: u32,
    /// Agents whose capacity differs from `default_capacity`.
    #[serde(default)]
    pub agent_capacity: BTreeMap<AgentId, u32>,
    /// Pages' rules that raise a customer's priority.
    #[serde(default)]
    pub priority_rules: BTreeMap<PageId, PriorityRules>,
    /// A customer held by an agent who has waited this long (seconds) for the agent's
    /// answer goes back to the queue, and the agent is set away; `0`: never.
    #[serde(default)]
    pub requeue_after_seconds: u32,
    /// An available agent whose consoles have sent nothing for this long (seconds) is set
    /// away; `0`: never.
    #[serde(default)]
    pub auto_away_after_seconds: u32,
    /// What the bot tells a customer a person has given back to it, per page: a page left
    /// out says [`RETURN_NOTICE`], `null` says nothing.
    #[serde(default)]
    pub return_notices: BTreeMap<PageId, Option<String>>,
    /// When the team works; `null` (the default): always. Out of hours nobody is handed
    /// customers, and a customer who asks for a person is told when the team is back.
    #[serde(default)]
    pub business_hours: Option<BusinessHours>,
    /// What the bot says, per page, to a customer who asks for a person out of hours, in
    /// place of [`CLOSED_NOTICE`]; `{opens}` stands for when the team is back.
    #[serde(default)]
    pub closed_notices: BTreeMap<PageId, String>,
    /// The handoff notice also tells the customer their place in the queue and the wait to
    /// expect (in hours; the default says only that the team is told).
    #[serde(default)]
    pub position_in_notice: bool,
    /// What a waiting customer is told of their place, per page, in place of
    /// [`QUEUE_NOTICE`]; `{position}` and `{wait}` stand for them.
    #[serde(default)]
    pub queue_notices: BTreeMap<PageId, String>,
    /// What a claim and a return to the bot do to the control of the customer's thread,
    /// per page; a page left out does nothing.
    #[serde(default)]
    pub thread_control: BTreeMap<PageId, PageThreadControl>,
    /// Per page and language (the customer's, as last told from their messages), the
    /// notices in that language; a notice left out falls back to the page's.
    #[serde(default)]
    pub translations: BTreeMap<PageId, BTreeMap<String, Translation>>,
}

/// A page's notices in one language; each left out falls back to the page's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// In place of the contract's handoff notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handoff_notice: Option<String>,
    /// In place of the return notice (a page whose return notice is off says nothing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_notice: Option<String>,
    /// In place of the closed notice; `{opens}` as there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_notice: Option<String>,
    /// In place of the queue notice; `{position}` and `{wait}` as there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue_notice: Option<String>,
}

impl Translation {
    fn texts(&self) -> [(&'static str, Option<&String>); 4] {
        [
            ("handoff_notice", self.handoff_notice.as_ref()),
            ("return_notice", self.return_notice.as_ref()),
            ("closed_notice", self.closed_notice.as_ref()),
            ("queue_notice", self.queue_notice.as_ref()),
        ]
    }
}

/// `Err` naming `field` unless `page` is one of the company's `pages`.
fn own_page(field: &str, page: &PageId, pages: &[PageId]) -> Result<(), (String, String)> {
    if pages.contains(page) {
        Ok(())
    } else {
        Err((field.to_owned(), "no such page in your company".into()))
    }
}

/// Whether a notice's text may be said: not blank, and within one Messenger text.
fn fits(text: &str) -> bool {
    !text.trim().is_empty() && text.chars().count() <= MAX_NOTICE_CHARS
}

/// Whether `code` names a language as the server tells them: two or three lower-case
/// letters (ISO 639-1, or 639-3 where 639-1 has none).
fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// What the bot says to a customer who asks for a person out of hours, unless the page says
/// otherwise; `{opens}` becomes when the team is back ("tomorrow at 09:00 (Europe/Berlin)").
pub const CLOSED_NOTICE: &str = "I've notified our team. We're closed right now and back {opens}; you'll keep your place in the queue.";

/// What the bot says to a customer who just asked for a person (the contract's text), unless
/// the page translated it for the customer's language.
pub const HANDOFF_NOTICE: &str = "I've notified our team. Someone will assist you shortly.";

/// What the bot says, unless the page says otherwise, when a person gives a customer back
/// to it: the customer learns they talk to an automated assistant again.
pub const RETURN_NOTICE: &str =
    "You're now chatting with our automated assistant again. Reply 'agent' to reach a person.";

/// The longest wait the timed settings may name: a week.
pub const MAX_SECONDS: u32 = 7 * 24 * 3600;
/// The longest notice: Messenger's limit for one text.
pub const MAX_NOTICE_CHARS: usize = 640;

fn default_capacity() -> u32 {
    5
}

impl Default for Routing {
    fn default() -> Self {
        Routing {
            policy: Policy::Manual,
            page_policies: BTreeMap::new(),
            default_capacity: default_capacity(),
            agent_capacity: BTreeMap::new(),
            priority_rules: BTreeMap::new(),
            requeue_after_seconds: 0,
            auto_away_after_seconds: 0,
            return_notices: BTreeMap::new(),
            business_hours: None,
            closed_notices: BTreeMap::new(),
            position_in_notice: false,
            queue_notices: BTreeMap::new(),
            thread_control: BTreeMap::new(),
            translations: BTreeMap::new(),
        }
    }
}

impl Routing {
    pub fn policy_for(&self, page: &PageId) -> Policy {
        self.page_policies.get(page).copied().unwrap_or(self.policy)
    }

    pub fn capacity_of(&self, agent: &AgentId) -> u32 {
        self.agent_capacity
            .get(agent)
            .copied()
            .unwrap_or(self.default_capacity)
    }

    /// The page's notices in `language`, if it has them.
    fn translation(&self, page: &PageId, language: Option<&str>) -> Option<&Translation> {
        self.translations.get(page)?.get(language?)
    }

    /// What the bot tells a customer of `page` who writes in `language` and just asked for
    /// a person (in hours): the contract's notice unless the page translated it.
    pub fn handoff_notice(&self, page: &PageId, language: Option<&str>) -> String {
        self.translation(page, language)
            .and_then(|t| t.handoff_notice.clone())
            .unwrap_or_else(|| HANDOFF_NOTICE.to_owned())
    }

    /// The notice the bot gives on `page`, to a customer who writes in `language`, when a
    /// person gives them back; `None`: none.
    pub fn return_notice(&self, page: &PageId, language: Option<&str>) -> Option<String> {
        let page_notice = match self.return_notices.get(page) {
            Some(chosen) => chosen.clone()?,
            None => RETURN_NOTICE.to_owned(),
        };
        let translated = self
            .translation(page, language)
            .and_then(|t| t.return_notice.clone());
        Some(translated.unwrap_or(page_notice))
    }

    /// Whether the team works at `at` (always, without business hours).
    pub fn is_open(&self, at: DateTime<Utc>) -> bool {
        self.business_hours.as_ref().is_none_or(|h| h.is_open(at))
    }

    /// What the bot says on `page` to a customer who asks for a person at `at` while the
    /// team is out; `None` while it works.
    pub fn closed_notice(
        &self,
        page: &PageId,
        language: Option<&str>,
        at: DateTime<Utc>,
    ) -> Option<String> {
        let hours = self.business_hours.as_ref().filter(|h| !h.is_open(at))?;
        let opens = match hours.next_opening(at) {
            Some(opens) => hours.describe(opens, at),
            None => "as soon as we can".to_owned(),
        };
        let text = self
            .translation(page, language)
            .and_then(|t| t.closed_notice.as_deref())
            .or_else(|| self.closed_notices.get(page).map(String::as_str))
            .unwrap_or(CLOSED_NOTICE);
        Some(text.replace("{opens}", &opens))
    }

    /// The template of what a waiting customer on `page`, who writes in `language`, is
    /// told of their place.
    pub fn queue_notice(&self, page: &PageId, language: Option<&str>) -> &str {
        self.translation(page, language)
            .and_then(|t| t.queue_notice.as_deref())
            .or_else(|| self.queue_notices.get(page).map(String::as_str))
            .unwrap_or(QUEUE_NOTICE)
    }

    /// What a claim and a return to the bot do to threads on `page`.
    pub fn thread_control(&self, page: &PageId) -> PageThreadControl {
        self.thread_control.get(page).cloned().unwrap_or_default()
    }

    /// Whether the company's router has work on its own, without a nudge: handing out,
    /// re-queueing, or setting idle agents away.
    pub fn runs_on_its_own(&self) -> bool {
        self.hands_out() || self.requeue_after_seconds > 0 || self.auto_away_after_seconds > 0
    }

    /// Whether any page of the company hands customers out.
    pub fn hands_out(&self) -> bool {
        self.policy != Policy::Manual || self.page_policies.values().any(|p| *p != Policy::Manual)
    }

    /// The first setting out of range or naming something not the company's, as
    /// `(field, reason)`. `pages` and `agents` are the company's.
    pub fn check(&self, pages: &[PageId], agents: &[AgentId]) -> Result<(), (String, String)> {
        let too_many = |field: String| Err((field, format!("at most {MAX_CAPACITY}")));
        if self.default_capacity > MAX_CAPACITY {
            return too_many("default_capacity".into());
        }
        for (agent, capacity) in &self.agent_capacity {
            if !agents.contains(agent) {
                return Err((
                    format!("agent_capacity.{agent}"),
                    "no such agent in your company".into(),
                ));
            }
            if *capacity > MAX_CAPACITY {
                return too_many(format!("agent_capacity.{agent}"));
            }
        }
        for (field, seconds) in [
            ("requeue_after_seconds", self.requeue_after_seconds),
            ("auto_away_after_seconds", self.auto_away_after_seconds),
        ] {
            if seconds > MAX_SECONDS {
                return Err((field.into(), format!("at most {MAX_SECONDS} (a week)")));
            }
        }
        if let Some(hours) = &self.business_hours {
            hours.check()?;
        }
        let notice_length = format!("between 1 and {MAX_NOTICE_CHARS} characters");
        for (page, notice) in self.closed_notices.iter().chain(&self.queue_notices) {
            let field = format!("notices.{page}");
            own_page(&field, page, pages)?;
            if !fits(notice) {
                return Err((field, notice_length));
            }
        }
        for (page, notice) in &self.return_notices {
            let field = format!("return_notices.{page}");
            own_page(&field, page, pages)?;
            if notice.as_ref().is_some_and(|t| !fits(t)) {
                return Err((field, format!("{notice_length}, or null for none")));
            }
        }
        for (page, rules) in &self.priority_rules {
            own_page(&format!("priority_rules.{page}"), page, pages)?;
            rules.check(page)?;
        }
        for (page, languages) in &self.translations {
            let field = format!("translations.{page}");
            own_page(&field, page, pages)?;
            for (language, translation) in languages {
                let field = format!("{field}.{language}");
                if !is_language_code(language) {
                    return Err((field, "a language code: 2 or 3 lower-case letters".into()));
                }
                if let Some((name, _)) = translation
                    .texts()
                    .iter()
                    .find(|(_, t)| t.is_some_and(|t| !fits(t)))
                {
                    return Err((format!("{field}.{name}"), notice_length));
                }
            }
        }
        for (page, control) in &self.thread_control {
            let field = format!("thread_control.{page}");
            own_page(&field, page, pages)?;
            control.check(&field)?;
        }
        for page in self.page_policies.keys() {
            own_page(&format!("page_policies.{page}"), page, pages)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_or_an_agent_may_differ_from_the_company() {
        let mut routing = Routing::default();
        assert!(
            !routing.hands_out(),
            "manual unless an admin says otherwise"
        );
        routing
            .page_policies
            .insert(PageId::new("p2"), Policy::LeastLoaded);
        routing.agent_capacity.insert(AgentId::new("a"), 0);
        assert!(routing.hands_out());
        assert_eq!(routing.policy_for(&PageId::new("p1")), Policy::Manual);
        assert_eq!(routing.policy_for(&PageId::new("p2")), Policy::LeastLoaded);
        assert_eq!(routing.capacity_of(&AgentId::new("a")), 0);
        assert_eq!(routing.capacity_of(&AgentId::new("b")), 5);
    }

    #[test]
    fn notices_follow_the_customers_language_where_the_page_has_it() {
        let page = PageId::new("p1");
        let mut routing: Routing = serde_json::from_value(serde_json::json!({
            "return_notices": {"p1": "Back to the bot."},
            "translations": {"p1": {"es": {
                "handoff_notice": "Avisé al equipo.",
                "queue_notice": "Número {position}."}}},
        }))
        .expect("parses");
        assert_eq!(
            routing.handoff_notice(&page, Some("es")),
            "Avisé al equipo."
        );
        assert_eq!(routing.handoff_notice(&page, Some("fr")), HANDOFF_NOTICE);
        assert_eq!(routing.handoff_notice(&page, None), HANDOFF_NOTICE);
        assert_eq!(
            routing.queue_notice(&page, Some("es")),
            "Número {position}."
        );
        assert_eq!(
            routing.return_notice(&page, Some("es")).as_deref(),
            Some("Back to the bot."),
            "a notice not translated is the page's"
        );
        routing.return_notices.insert(page.clone(), None);
        assert_eq!(routing.return_notice(&page, Some("es")), None, "off is off");
        assert_eq!(routing.check(std::slice::from_ref(&page), &[]), Ok(()));
        routing
            .translations
            .get_mut(&page)
            .expect("p1")
            .insert("ES".into(), Translation::default());
        assert_eq!(
            routing.check(&[page], &[]).map_err(|e| e.0),
            Err("translations.p1.ES".to_owned())
        );
    }

    #[test]
    fn settings_name_only_the_companys_pages_and_agents() {
        let pages = [PageId::new("p1")];
        let agents = [AgentId::new("a")];
        let mut routing = Routing::default();
        routing.agent_capacity.insert(AgentId::new("a"), 3);
        assert_eq!(routing.check(&pages, &agents), Ok(()));
        routing.agent_capacity.insert(AgentId::new("z"), 3);
        assert_eq!(
            routing.check(&pages, &agents).map_err(|e| e.0),
            Err("agent_capacity.z".to_owned())
        );
        let mut routing = Routing {
            default_capacity: MAX_CAPACITY + 1,
            ..Routing::default()
        };
        assert_eq!(
            routing.check(&pages, &agents).map_err(|e| e.0),
            Err("default_capacity".to_owned())
        );
        routing.default_capacity = 1;
        routing
            .page_policies
            .insert(PageId::new("other"), Policy::RoundRobin);
        assert_eq!(
            routing.check(&pages, &agents).map_err(|e| e.0),
            Err("page_policies.other".to_owned())
        );
    }

    #[test]
    fn rules_raise_to_the_highest_that_applies() {
        let rules: PriorityRules = serde_json::from_str(
            r#"{"keywords":["Refund"],"vip_customers":["v1"],"repeat_requests":3}"#,
        )
        .expect("parse");
        let (plain, vip) = (CustomerId::new("c1"), CustomerId::new("v1"));
        assert_eq!(rules.raise(&plain, "hello", 1), None);
        assert_eq!(
            rules.raise(&plain, "I want a REFUND now", 1),
            Some(Priority::High)
        );
        assert_eq!(rules.raise(&plain, "agent please", 3), Some(Priority::High));
        assert_eq!(rules.raise(&vip, "refund", 1), Some(Priority::Urgent));
        assert!(Priority::Urgent > Priority::High && Priority::Low < Priority::Normal);
        assert_eq!(Priority::default().rank(), 1);
    }

    #[test]
    fn a_stored_record_without_settings_reads_as_the_defaults() {
        let routing: Routing = serde_json::from_str("{}").expect("defaults");
        assert_eq!(routing, Routing::default());
        let given: Routing =
            serde_json::from_str(r#"{"policy":"round_robin","default_capacity":2}"#)
                .expect("parse");
        assert_eq!(given.policy, Policy::RoundRobin);
        assert_eq!(given.default_capacity, 2);
        assert!(serde_json::from_str::<Routing>(r#"{"policy":"random"}"#).is_err());
    }
}
