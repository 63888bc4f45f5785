//! The tenants in memory: companies, their pages (with access tokens) and agents. Loaded
//! from the store at start; every company-isolation check asks it which company owns what.

use crate::error::ActorError;
use crate::ids::{AgentId, CompanyId, PageId};
use crate::model::{AgentRecord, CompanyRecord, Tenants};
use crate::outbox::PageAccess;
use crate::policy::PriorityRules;
use dashmap::DashMap;
use std::collections::HashSet;
use std::sync::Arc;

#[derive(Default)]
pub struct Directory {
    companies: DashMap<CompanyId, CompanyRecord>,
    pages: DashMap<PageId, (CompanyId, Arc<PageAccess>)>,
    agents: DashMap<AgentId, AgentRecord>,
    /// Lower-cased email → agent id.
    emails: DashMap<String, AgentId>,
}

impl Directory {
    pub fn new(tenants: Tenants) -> Self {
        let directory = Directory::default();
        directory.load(tenants);
        directory
    }

    /// Replaces the whole directory with `tenants`. New and changed entries go in before
    /// vanished ones go out, so a lookup running meanwhile never finds a listed tenant
    /// missing (another process may reload while requests are served).
    pub fn load(&self, tenants: Tenants) {
        let companies: HashSet<CompanyId> =
            tenants.companies.iter().map(|c| c.id.clone()).collect();
        let pages: HashSet<PageId> = tenants.pages.iter().map(|p| p.id.clone()).collect();
        let agents: HashSet<AgentId> = tenants.agents.iter().map(|a| a.id.clone()).collect();
        let emails: HashSet<String> = tenants
            .agents
            .iter()
            .map(|a| a.email.to_lowercase())
            .collect();
        for company in tenants.companies {
            self.companies.insert(company.id.clone(), company);
        }
        for page in tenants.pages {
            let access = PageAccess {
                id: page.id.clone(),
                name: page.name,
                access_token: page.access_token,
                faq: page.faq,
                default_answer: page.default_answer,
                bot_disclosure: page.bot_disclosure,
                language: page.language,
                survey: self
                    .companies
                    .get(&page.company_id)
                    .and_then(|c| c.csat.clone()),
            };
            self.pages
                .insert(page.id, (page.company_id, Arc::new(access)));
        }
        for agent in tenants.agents {
            self.emails
                .insert(agent.email.to_lowercase(), agent.id.clone());
            self.agents.insert(agent.id.clone(), agent);
        }
        self.companies.retain(|id, _| companies.contains(id));
        self.pages.retain(|id, _| pages.contains(id));
        self.agents.retain(|id, _| agents.contains(id));
        self.emails.retain(|email, _| emails.contains(email));
    }

    /// Every company, page and agent id (what the tenants file is compared with).
    pub fn ids(&self) -> (Vec<CompanyId>, Vec<PageId>, Vec<AgentId>) {
        (
            self.companies.iter().map(|e| e.key().clone()).collect(),
            self.pages.iter().map(|e| e.key().clone()).collect(),
            self.agents.iter().map(|e| e.key().clone()).collect(),
        )
    }

    /// The page and its company, for the webhook (which is not scoped to a company).
    pub fn page(&self, page: &PageId) -> Option<(CompanyId, Arc<PageAccess>)> {
        self.pages.get(page).map(|e| e.value().clone())
    }

    /// The page if it belongs to `company`; an unknown page and another company's page
    /// are refused alike.
    pub fn company_page(
        &self,
        company: &CompanyId,
        page: &PageId,
    ) -> Result<Arc<PageAccess>, ActorError> {
        match self.pages.get(page) {
            Some(entry) if &entry.0 == company => Ok(entry.1.clone()),
            _ => Err(ActorError::PageAccessDenied),
        }
    }

    pub fn company_pages(&self, company: &CompanyId) -> Vec<PageId> {
        let mut pages: Vec<PageId> = self
            .pages
            .iter()
            .filter(|e| &e.value().0 == company)
            .map(|e| e.key().clone())
            .collect();
        pages.sort();
        pages
    }

    /// The page's rules that raise a customer's priority, if it has any.
    pub fn priority_rules(&self, company: &CompanyId, page: &PageId) -> Option<PriorityRules> {
        let record = self.companies.get(company)?;
        record.routing.priority_rules.get(page).cloned()
    }

    /// What the bot tells a customer of `page`, who writes in `language`, a person gave
    /// back to it, if anything.
    pub fn return_notice(
        &self,
        company: &CompanyId,
        page: &PageId,
        language: Option<&str>,
    ) -> Option<String> {
        self.companies
            .get(company)?
            .routing
            .return_notice(page, language)
    }

    /// Replaces one company's record (its pages and agents stay as they are).
    pub fn put_company(&self, company: CompanyRecord) {
        self.companies.insert(company.id.clone(), company);
    }

    pub fn company(&self, company: &CompanyId) -> Option<CompanyRecord> {
        self.companies.get(company).map(|c| c.clone())
    }

    pub fn agent(&self, agent: &AgentId) -> Option<AgentRecord> {
        self.agents.get(agent).map(|a| a.clone())
    }

    pub fn agent_by_email(&self, email: &str) -> Option<AgentRecord> {
        let id = self.emails.get(&email.trim().to_lowercase())?.clone();
        self.agent(&id)
    }

    pub fn company_agents(&self, company: &CompanyId) -> Vec<AgentRecord> {
        let mut agents: Vec<AgentRecord> = self
            .agents
            .iter()
            .filter(|a| &a.company_id == company)
            .map(|a| a.clone())
            .collect();
        agents.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
        agents
    }
}
