//! The tenants file (docs/configuration.md, "The tenants file") and the demo tenant. Applied at every
//! start as the desired state: records are upserted, and what the file no longer lists is
//! removed (an agent with their sessions, a page with its access token). A plaintext
//! password is hashed only when the stored hash no longer matches it, so restarts keep
//! hashes (and sessions) stable; a changed password ends the agent's sessions.

use crate::auth::{hash_password, is_argon2id, verify_password};
use crate::fields::check_id;
use handoff_actors::ids::{AgentId, CompanyId, PageId};
use handoff_actors::model::{
    AgentRecord, CompanyRecord, FaqEntry, PageRecord, Role, Sla, Survey, TenantChange,
};
use handoff_actors::Directory;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantsFile {
    #[serde(default)]
    pub company: Vec<CompanyEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyEntry {
    pub id: String,
    pub name: String,
    /// `[company.sla] claim_seconds = 120, first_response_seconds = 300`: the company's
    /// service targets (docs/metrics.md).
    #[serde(default)]
    pub sla: Option<SlaEntry>,
    /// `[company.csat]`: the bot asks customers an agent helped to rate the help, 1 to 5
    /// (docs/metrics.md#csat); `question` and `thanks` replace the default wording.
    #[serde(default)]
    pub csat: Option<CsatEntry>,
    #[serde(default)]
    pub page: Vec<PageEntry>,
    #[serde(default)]
    pub agent: Vec<AgentEntry>,
}

/// A company's service targets, in seconds (each optional, more than 0).
/// A company's satisfaction question; the default wording where a text is left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsatEntry {
    pub question: Option<String>,
    pub thanks: Option<String>,
}

impl CsatEntry {
    fn check(self) -> Result<Survey, String> {
        let default = Survey::default();
        let text = |given: Option<String>, default: String, what: &str| match given {
            Some(t) if t.trim().is_empty() || t.chars().count() > 640 => {
                Err(format!("company.csat.{what}: between 1 and 640 characters"))
            }
            Some(t) => Ok(t),
            None => Ok(default),
        };
        Ok(Survey {
            question: text(self.question, default.question, "question")?,
            thanks: text(self.thanks, default.thanks, "thanks")?,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaEntry {
    pub claim_seconds: Option<u64>,
    pub first_response_seconds: Option<u64>,
}

impl SlaEntry {
    fn check(self) -> Result<Sla, String> {
        if self.claim_seconds == Some(0) || self.first_response_seconds == Some(0) {
            return Err("company.sla: a target is a number of seconds above 0".into());
        }
        Ok(Sla {
            claim_seconds: self.claim_seconds,
            first_response_seconds: self.first_response_seconds,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageEntry {
    pub id: String,
    pub name: String,
    pub access_token: String,
    /// The bot's answers for this page: `[[company.page.faq]] keywords = [...] answer = "..."`.
    #[serde(default)]
    pub faq: Vec<FaqEntry>,
    /// What the bot says when no FAQ entry fits.
    pub default_answer: Option<String>,
    /// What the bot says to a question about itself ("are you a bot?"), by language code
    /// (`[company.page.bot_disclosure] en = "..."`); languages left out get the built-in text.
    #[serde(default)]
    pub bot_disclosure: std::collections::BTreeMap<String, String>,
    /// The page's own language (ISO 639-1; default English): what the bot says in when it
    /// cannot tell the customer's.
    pub language: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentEntry {
    pub id: String,
    pub name: String,
    pub email: String,
    pub password: Option<String>,
    pub password_hash: Option<String>,
    #[serde(default = "default_role")]
    pub role: Role,
}

fn default_role() -> Role {
    Role::Agent
}

/// The demo tenant and the credentials printed at start. Its ids are prefixed so that a
/// tenants file used beside `--demo` can never collide with them.
pub const DEMO_AGENTS: &[(&str, &str, &str, &str, Role)] = &[
    (
        "demo-alice",
        "Alice Demo",
        "alice@demo.test",
        "demo-alice",
        Role::Agent,
    ),
    (
        "demo-bob",
        "Bob Demo",
        "bob@demo.test",
        "demo-bob",
        Role::Admin,
    ),
];
pub const DEMO_PAGE: &str = "demo-page";
pub const DEMO_COMPANY: &str = "demo";
const DEMO_COMPANY_NAME: &str = "Demo Company";

/// One of the demo's own agents (id and email both), not an agent who happens to share an id.
fn is_demo_agent(agent: &AgentRecord) -> bool {
    agent.company_id.as_str() == DEMO_COMPANY
        && DEMO_AGENTS
            .iter()
            .any(|(id, _, email, _, _)| agent.id.as_str() == *id && agent.email == *email)
}

pub fn demo() -> TenantsFile {
    TenantsFile {
        company: vec![CompanyEntry {
            id: DEMO_COMPANY.into(),
            name: DEMO_COMPANY_NAME.into(),
            sla: Some(SlaEntry {
                claim_seconds: Some(120),
                first_response_seconds: Some(300),
            }),
            csat: Some(CsatEntry::default()),
            page: vec![PageEntry {
                id: DEMO_PAGE.into(),
                name: "Demo Page".into(),
                access_token: "demo-page-token".into(),
                faq: vec![
                    FaqEntry {
                        keywords: vec!["opening hours".into(), "open".into(), "hours".into()],
                        answer: "We're open Monday to Saturday, 9:00 to 18:00.".into(),
                    },
                    FaqEntry {
                        keywords: vec!["delivery".into(), "shipping".into(), "ship".into()],
                        answer: "Orders ship within 2 working days; delivery takes 3 to 5 days."
                            .into(),
                    },
                    FaqEntry {
                        keywords: vec!["refund".into(), "return".into()],
                        answer: "You can return any item within 30 days for a full refund.".into(),
                    },
                ],
                default_answer: None,
                bot_disclosure: Default::default(),
                language: None,
            }],
            agent: DEMO_AGENTS
                .iter()
                .map(|(id, name, email, password, role)| AgentEntry {
                    id: (*id).into(),
                    name: (*name).into(),
                    email: (*email).into(),
                    password: Some((*password).into()),
                    password_hash: None,
                    role: *role,
                })
                .collect(),
        }],
    }
}

pub fn read(path: &Path) -> Result<TenantsFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// What a start does to the stored tenants besides upserting the listed ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    /// The files are the whole desired state: whatever they do not list goes.
    Unlisted,
    /// No tenants file (a production start without one): only the demo tenant goes, so
    /// demo credentials never sign in to a production store.
    DemoOnly,
    /// Nothing is removed (a demo start without a tenants file).
    Nothing,
}

/// The writes that bring the store to the desired tenants, and what they end.
#[derive(Debug, Default)]
pub struct TenantsPlan {
    pub ops: Vec<TenantChange>,
    pub removed_companies: Vec<CompanyId>,
    pub removed_pages: Vec<PageId>,
    pub removed_agents: Vec<AgentId>,
    /// Agents whose password changed: their sessions end.
    pub repassworded: Vec<AgentId>,
}

impl TenantsFile {
    /// Several sources (the tenants file, the demo tenant) as one desired state.
    pub fn merge(files: Vec<TenantsFile>) -> TenantsFile {
        TenantsFile {
            company: files.into_iter().flat_map(|f| f.company).collect(),
        }
    }

    /// Checks the file and plans the writes against what is stored now (`known`).
    pub fn plan(self, known: &Directory, removal: Removal) -> Result<TenantsPlan, String> {
        let mut plan = TenantsPlan::default();
        plan.ops = self.upserts(known, &mut plan.repassworded)?;
        let (mut companies, mut pages, mut agents) =
            (HashSet::new(), HashSet::new(), HashSet::new());
        for op in &plan.ops {
            match op {
                TenantChange::PutCompany(c) => companies.insert(c.id.clone()),
                TenantChange::PutPage(p) => pages.insert(p.id.clone()),
                TenantChange::PutAgent(a) => agents.insert(a.id.clone()),
                _ => false,
            };
        }
        let goes = |listed: bool, demo: bool| {
            !listed
                && match removal {
                    Removal::Unlisted => true,
                    Removal::DemoOnly => demo,
                    Removal::Nothing => false,
                }
        };
        let (stored_companies, stored_pages, stored_agents) = known.ids();
        for id in stored_agents {
            let demo = known.agent(&id).is_some_and(|a| is_demo_agent(&a));
            if goes(agents.contains(&id), demo) {
                plan.removed_agents.push(id);
            }
        }
        for id in stored_pages {
            let demo = known.page(&id).is_some_and(|(company, _)| {
                company.as_str() == DEMO_COMPANY && id.as_str() == DEMO_PAGE
            });
            if goes(pages.contains(&id), demo) {
                plan.removed_pages.push(id);
            }
        }
        for id in stored_companies {
            let demo = known
                .company(&id)
                .is_some_and(|c| c.id.as_str() == DEMO_COMPANY && c.name == DEMO_COMPANY_NAME);
            if goes(companies.contains(&id), demo) {
                plan.removed_companies.push(id);
            }
        }
        for id in plan.removed_agents.iter().chain(&plan.repassworded) {
            plan.ops.push(TenantChange::EndAgentSessions(id.clone()));
        }
        plan.ops.extend(
            plan.removed_agents
                .iter()
                .cloned()
                .map(TenantChange::RemoveAgent),
        );
        plan.ops.extend(
            plan.removed_pages
                .iter()
                .cloned()
                .map(TenantChange::RemovePage),
        );
        plan.ops.extend(
            plan.removed_companies
                .iter()
                .cloned()
                .map(TenantChange::RemoveCompany),
        );
        Ok(plan)
    }

    /// Checks the file and turns it into upserts; agents whose stored password it changes
    /// are added to `repassworded`.
    fn upserts(
        self,
        known: &Directory,
        repassworded: &mut Vec<AgentId>,
    ) -> Result<Vec<TenantChange>, String> {
        let mut ops = Vec::new();
        let (mut companies, mut pages, mut agents, mut emails) = (
            HashSet::new(),
            HashSet::new(),
            HashSet::new(),
            HashSet::new(),
        );
        for company in self.company {
            let company_id = CompanyId::new(check(&company.id, "company.id")?);
            if !companies.insert(company_id.clone()) {
                return Err(format!("company {company_id} appears twice"));
            }
            ops.push(TenantChange::PutCompany(Box::new(CompanyRecord {
                id: company_id.clone(),
                name: company.name,
                sla: company
                    .sla
                    .map(SlaEntry::check)
                    .transpose()?
                    .unwrap_or_default(),
                csat: company.csat.map(CsatEntry::check).transpose()?,
                // Admins set routing through the API: the file keeps what they chose.
                routing: known
                    .company(&company_id)
                    .map(|c| c.routing)
                    .unwrap_or_default(),
            })));
            for page in company.page {
                let id = PageId::new(check(&page.id, "company.page.id")?);
                if !pages.insert(id.clone()) {
                    return Err(format!("page {id} appears twice"));
                }
                if let Some(bad) = page
                    .faq
                    .iter()
                    .find(|f| f.keywords.is_empty() || f.answer.trim().is_empty())
                {
                    return Err(format!(
                        "page {id}: a faq entry needs keywords and an answer ({:?})",
                        bad.keywords
                    ));
                }
                ops.push(TenantChange::PutPage(PageRecord {
                    id,
                    company_id: company_id.clone(),
                    name: page.name,
                    access_token: page.access_token,
                    faq: page.faq,
                    default_answer: page.default_answer,
                    bot_disclosure: page.bot_disclosure,
                    language: page.language,
                }));
            }
            for agent in company.agent {
                let id = AgentId::new(check(&agent.id, "company.agent.id")?);
                if !agents.insert(id.clone()) {
                    return Err(format!("agent {id} appears twice"));
                }
                let email = agent.email.trim().to_lowercase();
                if !email.contains('@') || !emails.insert(email.clone()) {
                    return Err(format!("agent {id}: email missing, invalid or used twice"));
                }
                let stored = known.agent(&id).map(|a| a.password_hash);
                let password_hash = match (agent.password, agent.password_hash) {
                    (Some(_), Some(_)) => {
                        return Err(format!(
                            "agent {id}: give password or password_hash, not both"
                        ))
                    }
                    (None, None) => {
                        return Err(format!("agent {id}: password or password_hash required"))
                    }
                    (None, Some(hash)) if is_argon2id(&hash) => hash,
                    (None, Some(_)) => {
                        return Err(format!("agent {id}: password_hash is not an argon2id hash"))
                    }
                    (Some(password), None) => match &stored {
                        Some(hash) if verify_password(&password, hash) => hash.clone(),
                        _ => hash_password(&password).map_err(|e| format!("agent {id}: {e}"))?,
                    },
                };
                if stored.is_some_and(|old| old != password_hash) {
                    repassworded.push(id.clone());
                }
                ops.push(TenantChange::PutAgent(AgentRecord {
                    id,
                    company_id: company_id.clone(),
                    name: agent.name,
                    email,
                    role: agent.role,
                    password_hash,
                }));
            }
        }
        Ok(ops)
    }
}

fn check(raw: &str, what: &str) -> Result<String, String> {
    check_id(what, raw).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_example_parses() {
        let file: TenantsFile = toml::from_str(
            r#"
[[company]]
id = "acme"
name = "Acme Inc"
  [[company.page]]
  id = "1001"
  name = "Acme Store"
  access_token = "EAAB"
  [[company.agent]]
  id = "alice"
  name = "Alice Smith"
  email = "Alice@Acme.test"
  password = "correct horse"
  role = "agent"
"#,
        )
        .expect("parses");
        let ops = file
            .plan(&Directory::default(), Removal::Unlisted)
            .expect("valid")
            .ops;
        assert_eq!(ops.len(), 3);
        let TenantChange::PutAgent(agent) = &ops[2] else {
            panic!("agent expected")
        };
        assert_eq!(agent.email, "alice@acme.test");
        assert!(verify_password("correct horse", &agent.password_hash));
    }

    #[test]
    fn duplicates_and_missing_passwords_are_refused() {
        let twice = TenantsFile {
            company: vec![
                CompanyEntry {
                    id: "a".into(),
                    name: "A".into(),
                    sla: None,
                    csat: None,
                    page: vec![],
                    agent: vec![],
                },
                CompanyEntry {
                    id: "a".into(),
                    name: "A".into(),
                    sla: None,
                    csat: None,
                    page: vec![],
                    agent: vec![],
                },
            ],
        };
        assert!(twice
            .plan(&Directory::default(), Removal::Unlisted)
            .is_err());
        let no_password: Result<TenantsFile, _> = toml::from_str(
            "[[company]]\nid='a'\nname='A'\n[[company.agent]]\nid='x'\nname='X'\nemail='x@a.test'\n",
        );
        assert!(no_password
            .expect("parses")
            .plan(&Directory::default(), Removal::Unlisted)
            .is_err());
        let unknown: Result<TenantsFile, _> =
            toml::from_str("[[company]]\nid='a'\nname='A'\ncolour='red'\n");
        assert!(unknown.is_err());
    }

    const ACME: &str = r#"
[[company]]
id = "acme"
name = "Acme Inc"
  [[company.page]]
  id = "1001"
  name = "Store"
  access_token = "t1"
  [[company.page]]
  id = "1002"
  name = "Outlet"
  access_token = "t2"
  [[company.agent]]
  id = "ann"
  name = "Ann"
  email = "ann@acme.test"
  password = "old password"
  [[company.agent]]
  id = "ben"
  name = "Ben"
  email = "ben@acme.test"
  password = "ben's password"
"#;

    /// acme (ann, ben; pages 1001, 1002) and the demo tenant.
    fn acme_and_demo() -> TenantsFile {
        let acme: TenantsFile = toml::from_str(ACME).expect("parses");
        TenantsFile::merge(vec![acme, demo()])
    }

    /// A store holding acme and the demo tenant.
    fn stored() -> Directory {
        let mut tenants = handoff_actors::model::Tenants::default();
        let plan = acme_and_demo()
            .plan(&Directory::default(), Removal::Nothing)
            .expect("valid");
        for op in plan.ops {
            match op {
                TenantChange::PutCompany(c) => tenants.companies.push(*c),
                TenantChange::PutPage(p) => tenants.pages.push(p),
                TenantChange::PutAgent(a) => tenants.agents.push(a),
                _ => {}
            }
        }
        Directory::new(tenants)
    }

    fn sorted<T: std::fmt::Display>(ids: &[T]) -> Vec<String> {
        let mut ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
        ids.sort();
        ids
    }

    fn ends_sessions_of(plan: &TenantsPlan) -> Vec<String> {
        let ended: Vec<&AgentId> = plan
            .ops
            .iter()
            .filter_map(|op| match op {
                TenantChange::EndAgentSessions(id) => Some(id),
                _ => None,
            })
            .collect();
        sorted(&ended)
    }

    #[test]
    fn the_file_is_the_desired_state() {
        let known = stored();
        // Page 1002 and ben left out, ann's password changed; the demo is not in it either.
        let file: TenantsFile = toml::from_str(
            r#"
[[company]]
id = "acme"
name = "Acme Inc"
  [[company.page]]
  id = "1001"
  name = "Store"
  access_token = "t1"
  [[company.agent]]
  id = "ann"
  name = "Ann"
  email = "ann@acme.test"
  password = "new password"
"#,
        )
        .expect("parses");
        let plan = file.plan(&known, Removal::Unlisted).expect("valid");
        assert_eq!(
            sorted(&plan.removed_agents),
            ["ben", "demo-alice", "demo-bob"]
        );
        assert_eq!(sorted(&plan.removed_pages), ["1002", "demo-page"]);
        assert_eq!(sorted(&plan.removed_companies), ["demo"]);
        assert_eq!(sorted(&plan.repassworded), ["ann"]);
        assert_eq!(
            ends_sessions_of(&plan),
            ["ann", "ben", "demo-alice", "demo-bob"]
        );
        assert!(plan
            .ops
            .iter()
            .any(|op| matches!(op, TenantChange::RemoveAgent(id) if id.as_str() == "ben")));
    }

    #[test]
    fn an_unchanged_file_removes_and_ends_nothing() {
        let plan = acme_and_demo()
            .plan(&stored(), Removal::Unlisted)
            .expect("valid");
        assert!(plan.removed_agents.is_empty() && plan.repassworded.is_empty());
        assert!(plan.removed_pages.is_empty() && plan.removed_companies.is_empty());
        assert!(ends_sessions_of(&plan).is_empty());
    }

    #[test]
    fn without_a_tenants_file_only_the_demo_goes() {
        let known = stored();
        let plan = TenantsFile::merge(vec![])
            .plan(&known, Removal::DemoOnly)
            .expect("valid");
        assert_eq!(sorted(&plan.removed_agents), ["demo-alice", "demo-bob"]);
        assert_eq!(sorted(&plan.removed_pages), ["demo-page"]);
        assert_eq!(sorted(&plan.removed_companies), ["demo"]);
        let plan = TenantsFile::merge(vec![])
            .plan(&known, Removal::Nothing)
            .expect("valid");
        assert!(plan.ops.is_empty());
    }

    #[test]
    fn a_company_may_set_its_service_targets() {
        let file: TenantsFile =
            toml::from_str("[[company]]\nid='a'\nname='A'\n[company.sla]\nclaim_seconds=90\n")
                .expect("parses");
        let plan = file
            .plan(&Directory::default(), Removal::Nothing)
            .expect("valid");
        let sla = plan.ops.iter().find_map(|op| match op {
            TenantChange::PutCompany(c) => Some(c.sla),
            _ => None,
        });
        assert_eq!(
            sla,
            Some(Sla {
                claim_seconds: Some(90),
                first_response_seconds: None
            })
        );
        let zero: TenantsFile = toml::from_str(
            "[[company]]\nid='a'\nname='A'\n[company.sla]\nfirst_response_seconds=0\n",
        )
        .expect("parses");
        assert!(zero.plan(&Directory::default(), Removal::Nothing).is_err());
    }
}
