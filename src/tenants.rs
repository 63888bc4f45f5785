//! The tenants file (contract.md, "Tenants file") and the demo tenant. Applied at every
//! start: records are upserted, and a plaintext password is hashed only when the stored
//! hash no longer matches it, so restarts keep hashes (and sessions) stable.

use crate::auth::{hash_password, is_argon2id, verify_password};
use crate::fields::check_id;
use handoff_actors::directory::Directory;
use handoff_actors::ids::{AgentId, CompanyId, PageId};
use handoff_actors::model::{AgentRecord, CompanyRecord, FaqEntry, PageRecord, Role};
use handoff_actors::store::WriteOp;
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
    #[serde(default)]
    pub page: Vec<PageEntry>,
    #[serde(default)]
    pub agent: Vec<AgentEntry>,
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

/// The demo tenant and the credentials printed at start.
pub const DEMO_AGENTS: &[(&str, &str, &str, &str, Role)] = &[
    (
        "alice",
        "Alice Demo",
        "alice@demo.test",
        "demo-alice",
        Role::Agent,
    ),
    ("bob", "Bob Demo", "bob@demo.test", "demo-bob", Role::Admin),
];
pub const DEMO_PAGE: &str = "demo-page";

pub fn demo() -> TenantsFile {
    TenantsFile {
        company: vec![CompanyEntry {
            id: "demo".into(),
            name: "Demo Company".into(),
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

impl TenantsFile {
    /// Checks the file and turns it into store writes; `known` is what is stored now.
    pub fn into_writes(self, known: &Directory) -> Result<Vec<WriteOp>, String> {
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
            ops.push(WriteOp::PutCompany(CompanyRecord {
                id: company_id.clone(),
                name: company.name,
            }));
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
                ops.push(WriteOp::PutPage(PageRecord {
                    id,
                    company_id: company_id.clone(),
                    name: page.name,
                    access_token: page.access_token,
                    faq: page.faq,
                    default_answer: page.default_answer,
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
                    (Some(password), None) => match stored {
                        Some(hash) if verify_password(&password, &hash) => hash,
                        _ => hash_password(&password).map_err(|e| format!("agent {id}: {e}"))?,
                    },
                };
                ops.push(WriteOp::PutAgent(AgentRecord {
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
    fn the_contract_example_parses() {
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
        let ops = file.into_writes(&Directory::default()).expect("valid");
        assert_eq!(ops.len(), 3);
        let WriteOp::PutAgent(agent) = &ops[2] else {
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
                    page: vec![],
                    agent: vec![],
                },
                CompanyEntry {
                    id: "a".into(),
                    name: "A".into(),
                    page: vec![],
                    agent: vec![],
                },
            ],
        };
        assert!(twice.into_writes(&Directory::default()).is_err());
        let no_password: Result<TenantsFile, _> = toml::from_str(
            "[[company]]\nid='a'\nname='A'\n[[company.agent]]\nid='x'\nname='X'\nemail='x@a.test'\n",
        );
        assert!(no_password
            .expect("parses")
            .into_writes(&Directory::default())
            .is_err());
        let unknown: Result<TenantsFile, _> =
            toml::from_str("[[company]]\nid='a'\nname='A'\ncolour='red'\n");
        assert!(unknown.is_err());
    }
}
