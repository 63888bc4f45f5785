//! Agent authentication's building blocks: argon2id password hashes, random session tokens
//! (only their SHA-256 is stored), the session cache, and where a request carries its
//! token (cookie or `Authorization: Bearer`). Deciding who a request comes from, against
//! the cache and the store, is `access.rs`: this module knows nothing of the application
//! state, so the state can hold a [`SessionCache`] without a circle.

use actix::{Message, Recipient};
use actix_web::HttpRequest;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Utc};
use dashmap::DashMap;
use handoff_actors::model::AgentRef;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::time::{Duration, Instant};

pub const SESSION_COOKIE: &str = "handoff_session";

/// Hashes a password as an argon2id PHC string.
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Checks a password against a PHC hash; a malformed hash never verifies.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Is this an argon2id PHC string we can verify against?
pub fn is_argon2id(hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| h.algorithm.as_str() == "argon2id")
}

/// A new session token: 256 random bits, hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// How long a cached session is trusted before the store is asked again. Another process
/// sharing the store may have ended it (logout there); after this long, this process
/// notices too.
pub const SESSION_RECHECK: Duration = Duration::from_secs(30);

/// Told to a WebSocket connection when the session it was opened with has ended.
#[derive(Message)]
#[rtype(result = "()")]
pub struct SessionEnded;

/// Sessions already checked, so a request costs no store read, and the WebSocket
/// connections opened with each, so that ending a session closes them.
pub struct SessionCache {
    sessions: DashMap<String, CachedSession>,
    sockets: DashMap<String, Vec<(u64, Recipient<SessionEnded>)>>,
    /// Sessions ended lately: a request that read one from the store just before it was
    /// deleted must not put it back in the cache.
    ended: DashMap<String, Instant>,
    recheck: Duration,
}

#[derive(Clone)]
pub(crate) struct CachedSession {
    pub(crate) agent: AgentRef,
    pub(crate) expires_at: DateTime<Utc>,
    checked_at: Instant,
}

impl Default for SessionCache {
    fn default() -> Self {
        SessionCache::with_recheck(SESSION_RECHECK)
    }
}

impl SessionCache {
    pub fn with_recheck(recheck: Duration) -> Self {
        SessionCache {
            sessions: DashMap::new(),
            sockets: DashMap::new(),
            ended: DashMap::new(),
            recheck,
        }
    }

    pub fn insert(&self, token_hash: String, agent: AgentRef, expires_at: DateTime<Utc>) {
        if self.ended.contains_key(&token_hash) {
            return;
        }
        let session = CachedSession {
            agent,
            expires_at,
            checked_at: Instant::now(),
        };
        self.sessions.insert(token_hash, session);
    }

    /// Forgets the session and closes every connection opened with it.
    pub fn end(&self, token_hash: &str) {
        // Long enough for any request that read the session before it ended to finish;
        // after that the store no longer has it.
        let keep = self.recheck.max(Duration::from_secs(60)) * 2;
        self.ended.retain(|_, at| at.elapsed() < keep);
        self.ended.insert(token_hash.to_owned(), Instant::now());
        self.sessions.remove(token_hash);
        if let Some((_, sockets)) = self.sockets.remove(token_hash) {
            for (_, socket) in sockets {
                socket.do_send(SessionEnded);
            }
        }
    }

    /// Ends every session of `agent` this process has seen, closing their connections.
    pub fn end_agent(&self, agent: &handoff_actors::ids::AgentId) {
        let hashes: Vec<String> = self
            .sessions
            .iter()
            .filter(|entry| &entry.agent.id == agent)
            .map(|entry| entry.key().clone())
            .collect();
        for hash in hashes {
            self.end(&hash);
        }
    }

    /// Remembers a connection opened with this session.
    pub fn watch(&self, token_hash: &str, connection: u64, socket: Recipient<SessionEnded>) {
        self.sockets
            .entry(token_hash.to_owned())
            .or_default()
            .push((connection, socket));
    }

    /// Forgets a connection that closed.
    pub fn unwatch(&self, token_hash: &str, connection: u64) {
        self.sockets.remove_if_mut(token_hash, |_, sockets| {
            sockets.retain(|(id, _)| *id != connection);
            sockets.is_empty()
        });
    }

    /// The cached session, while it is recent enough to trust.
    pub(crate) fn fresh(&self, token_hash: &str) -> Option<CachedSession> {
        self.sessions
            .get(token_hash)
            .map(|e| e.value().clone())
            .filter(|session| session.checked_at.elapsed() < self.recheck)
    }
}

/// The token a request carries: `Authorization: Bearer`, else the session cookie.
pub fn request_token(req: &HttpRequest) -> Option<String> {
    if let Some(header) = req.headers().get(actix_web::http::header::AUTHORIZATION) {
        let value = header.to_str().ok()?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))?;
        return Some(token.trim().to_owned());
    }
    req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_round_trip_as_argon2id() {
        let hash = hash_password("correct horse").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(is_argon2id(&hash));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }

    fn agent() -> AgentRef {
        AgentRef {
            id: handoff_actors::ids::AgentId::new("alice"),
            company_id: handoff_actors::ids::CompanyId::new("acme"),
            name: "Alice".into(),
            email: "alice@acme.test".into(),
            role: handoff_actors::model::Role::Agent,
        }
    }

    #[test]
    fn a_cached_session_is_trusted_only_until_the_recheck() {
        let expires = Utc::now() + chrono::Duration::hours(1);
        let cache = SessionCache::default();
        cache.insert("h".into(), agent(), expires);
        assert!(cache.fresh("h").is_some());
        assert!(cache.fresh("other").is_none());

        let always_recheck = SessionCache::with_recheck(Duration::ZERO);
        always_recheck.insert("h".into(), agent(), expires);
        assert!(
            always_recheck.fresh("h").is_none(),
            "stale: ask the store again"
        );
    }

    /// Counts the `SessionEnded` it is told.
    struct Socket(std::sync::Arc<std::sync::atomic::AtomicUsize>);

    impl actix::Actor for Socket {
        type Context = actix::Context<Self>;
    }

    impl actix::Handler<SessionEnded> for Socket {
        type Result = ();

        fn handle(&mut self, _: SessionEnded, _: &mut Self::Context) {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
    }

    #[actix_web::test]
    async fn ending_a_session_closes_its_connections_only() {
        use actix::Actor;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let ended = std::sync::Arc::new(AtomicUsize::new(0));
        let other = std::sync::Arc::new(AtomicUsize::new(0));
        let cache = SessionCache::default();
        cache.insert("h".into(), agent(), Utc::now() + chrono::Duration::hours(1));
        cache.watch("h", 1, Socket(ended.clone()).start().recipient());
        cache.watch("h", 2, Socket(ended.clone()).start().recipient());
        cache.watch("h", 3, Socket(ended.clone()).start().recipient());
        cache.unwatch("h", 3);
        cache.watch("k", 4, Socket(other.clone()).start().recipient());

        cache.end("h");
        // A request that read the session before the logout cannot cache it again.
        cache.insert("h".into(), agent(), Utc::now() + chrono::Duration::hours(1));
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(ended.load(Ordering::SeqCst), 2, "the two still open");
        assert_eq!(
            other.load(Ordering::SeqCst),
            0,
            "another session's connection"
        );
        assert!(cache.fresh("h").is_none());
        assert!(cache.sockets.get("h").is_none());
    }
}
