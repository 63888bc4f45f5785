//! The tenants file every test server starts with: two companies (acme, globex), their
//! pages and agents, written as the TOML the server reads.

use std::collections::HashMap;

/// The fixture page whose bot has FAQ answers (the others use the default answer).
pub const FAQ_PAGE: &str = "1002";
pub const FAQ_HOURS_ANSWER: &str = "We are open 9:00 to 18:00, Monday to Saturday.";

#[derive(Clone, Debug)]
pub struct AgentFixture {
    pub id: String,
    pub name: String,
    pub email: String,
    pub password: String,
    pub role: String,
}

#[derive(Clone, Debug)]
pub struct PageFixture {
    pub id: String,
    pub name: String,
    pub token: String,
}

#[derive(Clone, Debug)]
pub struct CompanyFixture {
    pub id: String,
    pub name: String,
    pub pages: Vec<PageFixture>,
    pub agents: Vec<AgentFixture>,
    /// Service targets `(claim, first response)` in seconds, when set.
    pub sla: Option<(u64, u64)>,
    /// Whether the bot asks the satisfaction question (with the default wording).
    pub csat: bool,
}

#[derive(Clone, Debug)]
pub struct Tenants {
    pub companies: Vec<CompanyFixture>,
}

fn agent(company: &str, id: &str, name: &str, role: &str) -> AgentFixture {
    AgentFixture {
        id: id.to_string(),
        name: name.to_string(),
        email: format!("{id}@{company}.test"),
        password: format!("pw {id} correct horse"),
        role: role.to_string(),
    }
}

fn page(id: &str, name: &str) -> PageFixture {
    PageFixture {
        id: id.to_string(),
        name: name.to_string(),
        token: format!("EAAB-page-token-{id}"),
    }
}

impl Tenants {
    /// acme: pages 1001/1002, alice + bob (agents), carol (admin), plus `extra_acme_agents`
    /// agents `agent01..`, no service targets; globex: page 2001, gina (agent), gus (admin),
    /// targets of 2 s to a claim and an hour to a first response, and the satisfaction
    /// question.
    pub fn fixture(extra_acme_agents: usize) -> Self {
        let mut acme_agents = vec![
            agent("acme", "alice", "Alice Smith", "agent"),
            agent("acme", "bob", "Bob Jones", "agent"),
            agent("acme", "carol", "Carol Admin", "admin"),
        ];
        for i in 1..=extra_acme_agents {
            let id = format!("agent{i:02}");
            acme_agents.push(agent("acme", &id, &format!("Agent Number {i:02}"), "agent"));
        }
        Tenants {
            companies: vec![
                CompanyFixture {
                    id: "acme".into(),
                    name: "Acme Inc".into(),
                    pages: vec![page("1001", "Acme Store"), page("1002", "Acme Outlet")],
                    agents: acme_agents,
                    sla: None,
                    csat: false,
                },
                CompanyFixture {
                    id: "globex".into(),
                    name: "Globex Corp".into(),
                    pages: vec![page("2001", "Globex Shop")],
                    agents: vec![
                        agent("globex", "gina", "Gina Globex", "agent"),
                        agent("globex", "gus", "Gus Globex", "admin"),
                    ],
                    sla: Some((2, 3600)),
                    csat: true,
                },
            ],
        }
    }

    pub fn to_toml(&self) -> String {
        fn s(v: &str) -> String {
            format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
        }
        let mut out = String::new();
        for c in &self.companies {
            out.push_str(&format!(
                "[[company]]\nid = {}\nname = {}\n\n",
                s(&c.id),
                s(&c.name)
            ));
            if c.csat {
                out.push_str("  [company.csat]\n\n");
            }
            if let Some((claim, first_response)) = c.sla {
                out.push_str(&format!(
                    "  [company.sla]\n  claim_seconds = {claim}\n  first_response_seconds = {first_response}\n\n"
                ));
            }
            for p in &c.pages {
                out.push_str(&format!(
                    "  [[company.page]]\n  id = {}\n  name = {}\n  access_token = {}\n\n",
                    s(&p.id),
                    s(&p.name),
                    s(&p.token)
                ));
                if p.id == FAQ_PAGE {
                    out.push_str(&format!(
                        "    [[company.page.faq]]\n    keywords = [\"opening hours\", \"open\"]\n    answer = {}\n\n",
                        s(FAQ_HOURS_ANSWER)
                    ));
                }
            }
            for a in &c.agents {
                out.push_str(&format!(
                    "  [[company.agent]]\n  id = {}\n  name = {}\n  email = {}\n  password = {}\n  role = {}\n\n",
                    s(&a.id),
                    s(&a.name),
                    s(&a.email),
                    s(&a.password),
                    s(&a.role)
                ));
            }
        }
        out
    }

    pub fn agent(&self, id: &str) -> &AgentFixture {
        self.companies
            .iter()
            .flat_map(|c| c.agents.iter())
            .find(|a| a.id == id)
            .unwrap_or_else(|| panic!("no agent {id:?} in the tenants fixture"))
    }

    pub fn company(&self, id: &str) -> &CompanyFixture {
        self.companies
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no company {id:?} in the tenants fixture"))
    }

    pub(super) fn page_tokens(&self) -> HashMap<String, String> {
        self.companies
            .iter()
            .flat_map(|c| c.pages.iter())
            .map(|p| (p.id.clone(), p.token.clone()))
            .collect()
    }
}
