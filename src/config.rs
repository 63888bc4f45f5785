//! Configuration: environment variables, optionally a TOML file (`--config`) with the same
//! keys in lower case; the environment wins. Validated once at start: a bad value stops the
//! server with one line naming the key.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Every key: (environment name, default, meaning). `docs/configuration.md` is this table.
pub const KEYS: &[(&str, &str, &str)] = &[
    ("HANDOFF_BIND", "127.0.0.1:8080", "listen address"),
    ("HANDOFF_DATA_DIR", "./data", "embedded store directory (used when MONGODB_URI is unset); a demo start defaults to ./data-demo instead"),
    ("MONGODB_URI", "", "when set, MongoDB is the store"),
    ("MONGODB_DATABASE", "handoff", "database name; a demo start defaults to handoff_demo instead"),
    ("MONGODB_WRITE_CONCERN", "majority", "write concern for MongoDB writes: majority or a number of nodes (always journaled)"),
    ("MONGODB_TIMEOUT_MS", "5000", "the longest one MongoDB operation may take, waiting for its write concern included; past it the operation answers store_unavailable"),
    ("HANDOFF_CHANGE_STREAMS", "1", "0 = hubs poll the shared event log on MongoDB even where the server offers change streams"),
    ("HANDOFF_EVENT_RETENTION_SECS", "600", "how long broadcasts stay in the shared event log on MongoDB (they only carry events between processes)"),
    ("HANDOFF_TENANTS", "", "tenants file: the desired companies, pages and agents, applied at every start (what it no longer lists is removed)"),
    ("HANDOFF_DEMO", "", "1 = same as --demo"),
    ("HANDOFF_DEMO_HISTORY", "1", "in demo mode, 1 = an empty demo store starts with three hours of replayed history; 0 = it starts empty"),
    ("FB_APP_SECRET", "", "verifies X-Hub-Signature-256 (required unless demo)"),
    ("FB_VERIFY_TOKEN", "", "webhook GET handshake token (required unless demo)"),
    ("FB_APP_ID", "", "our app id, to recognise our own echoes"),
    ("GRAPH_API_BASE", "https://graph.facebook.com/v25.0", "Graph API root"),
    ("GRAPH_TIMEOUT_MS", "10000", "the longest one Graph API request may take; a message whose send times out is not sent again (it may have been delivered)"),
    ("HANDOFF_ALLOWED_ORIGINS", "", "comma list of origins for CORS and the WebSocket Origin check (default: the server's own origin)"),
    ("HANDOFF_TLS_CERT", "", "PEM certificate chain: with HANDOFF_TLS_KEY, the server speaks HTTPS and wss:// itself"),
    ("HANDOFF_TLS_KEY", "", "PEM private key of HANDOFF_TLS_CERT"),
    ("HANDOFF_TRUSTED_PROXIES", "", "comma list of reverse proxies (CIDRs or addresses) whose X-Forwarded-For, X-Forwarded-Proto and X-Forwarded-Host are believed; from any other peer they are ignored"),
    ("HANDOFF_SESSION_TTL_HOURS", "12", "session lifetime in hours"),
    ("HANDOFF_WS_CONNECTIONS_PER_SESSION", "16", "WebSocket connections one sign-in session may hold open at once (one per console tab; more are refused with 429 rate_limited)"),
    ("HANDOFF_METRICS_TOKEN", "", "when set, /metrics answers only requests with Authorization: Bearer <this token>; unset, it answers only clients on this machine (loopback)"),
    ("HANDOFF_STATIC_DIR", "", "where the console, the tester and the simulator are served from (default: the static folder of the source tree, else ./static)"),
    ("HANDOFF_TYPING_INDICATOR", "", "1 = show Messenger's typing indicator before each agent message"),
    ("LLM_BASE_URL", "", "optional OpenAI-compatible endpoint for intent detection and bot replies"),
    ("LLM_MODEL", "", "model name for LLM_BASE_URL"),
    ("LLM_API_KEY", "", "API key for LLM_BASE_URL"),
    ("RUST_LOG", "info", "tracing filter"),
    ("HANDOFF_LOG_FORMAT", "text", "log lines on stderr: text (coloured only on a terminal) or json (one object per line, with the request's company and customer)"),
];

/// Where a demo keeps its data unless told otherwise: never the production store's default,
/// so demo credentials do not end up where production runs.
pub const DEMO_DATA_DIR: &str = "./data-demo";
pub const DEMO_DATABASE: &str = "handoff_demo";

/// Demo-mode stand-ins for the Facebook secrets (the demo never talks to Facebook).
pub const DEMO_APP_SECRET: &str = "demo-app-secret";
pub const DEMO_VERIFY_TOKEN: &str = "demo-verify-token";

#[derive(Clone, Debug)]
pub struct Settings {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub mongodb_uri: Option<String>,
    pub mongodb_database: String,
    pub mongodb_write_concern: handoff_actors::Durability,
    pub mongodb_timeout: Duration,
    pub change_streams: bool,
    pub event_retention: Duration,
    pub tenants: Option<PathBuf>,
    pub demo: bool,
    /// Demo mode: replay the demo's history into an empty demo store.
    pub demo_history: bool,
    pub app_secret: String,
    pub verify_token: String,
    pub app_id: Option<String>,
    pub graph_api_base: String,
    pub graph_timeout: Duration,
    /// Empty: only the server's own origin.
    pub allowed_origins: Vec<String>,
    /// Built-in TLS, when both files are given.
    pub tls: Option<crate::tls::TlsFiles>,
    pub trusted_proxies: crate::forwarded::TrustedProxies,
    pub session_ttl: Duration,
    /// WebSocket connections one sign-in session may hold open at once.
    pub ws_connections_per_session: usize,
    pub metrics_token: Option<String>,
    pub static_dir: PathBuf,
    pub typing_indicator: bool,
    pub llm: Option<crate::llm::LlmSettings>,
    pub log_filter: String,
    pub log_format: crate::telemetry::LogFormat,
}

/// A configuration error: the key and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {key}: {problem}")]
pub struct ConfigError {
    pub key: String,
    pub problem: String,
}

fn bad(key: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        key: key.to_owned(),
        problem: problem.into(),
    }
}

impl Settings {
    /// Reads the process environment, over the optional TOML file.
    pub fn load(file: Option<&std::path::Path>, demo_flag: bool) -> Result<Self, ConfigError> {
        let mut values = match file {
            Some(path) => read_file(path)?,
            None => BTreeMap::new(),
        };
        for (key, _, _) in KEYS {
            if let Ok(value) = std::env::var(key) {
                values.insert((*key).to_owned(), value);
            }
        }
        Self::from_values(&values, demo_flag)
    }

    pub fn from_values(
        values: &BTreeMap<String, String>,
        demo_flag: bool,
    ) -> Result<Self, ConfigError> {
        let get = |key: &str| -> Option<String> {
            values
                .get(key)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let default_of = |key: &str| {
            KEYS.iter()
                .find(|(k, _, _)| *k == key)
                .map(|(_, d, _)| (*d).to_owned())
                .unwrap_or_default()
        };
        let value = |key: &str| get(key).unwrap_or_else(|| default_of(key));

        let flag = |key: &str| match get(key).as_deref() {
            None | Some("0") | Some("false") => Ok(false),
            Some("1") | Some("true") => Ok(true),
            Some(other) => Err(bad(key, format!("expected 1 or 0, got {other:?}"))),
        };
        let demo = demo_flag || flag("HANDOFF_DEMO")?;
        let bind: SocketAddr = value("HANDOFF_BIND")
            .parse()
            .map_err(|_| bad("HANDOFF_BIND", "expected an address like 127.0.0.1:8080"))?;
        if demo && !bind.ip().is_loopback() {
            return Err(bad(
                "HANDOFF_BIND",
                "demo mode only listens on a loopback address",
            ));
        }
        let secret = |key: &str, demo_value: &str| match get(key) {
            Some(v) => Ok(v),
            None if demo => Ok(demo_value.to_owned()),
            None => Err(bad(key, "required (or run with --demo)")),
        };
        let app_secret = secret("FB_APP_SECRET", DEMO_APP_SECRET)?;
        let verify_token = secret("FB_VERIFY_TOKEN", DEMO_VERIFY_TOKEN)?;
        let graph_api_base = value("GRAPH_API_BASE").trim_end_matches('/').to_owned();
        url::Url::parse(&graph_api_base)
            .map_err(|_| bad("GRAPH_API_BASE", "expected an absolute URL"))?;
        let allowed_origins = get("HANDOFF_ALLOWED_ORIGINS")
            .map(|list| {
                list.split(',')
                    .map(|o| o.trim().trim_end_matches('/').to_owned())
                    .filter(|o| !o.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let tls = match (get("HANDOFF_TLS_CERT"), get("HANDOFF_TLS_KEY")) {
            (None, None) => None,
            (Some(cert), Some(key)) => Some(crate::tls::TlsFiles {
                cert: PathBuf::from(cert),
                key: PathBuf::from(key),
            }),
            (Some(_), None) => {
                return Err(bad("HANDOFF_TLS_CERT", "given without HANDOFF_TLS_KEY"))
            }
            (None, Some(_)) => {
                return Err(bad("HANDOFF_TLS_KEY", "given without HANDOFF_TLS_CERT"))
            }
        };
        let trusted_proxies =
            crate::forwarded::TrustedProxies::parse(&value("HANDOFF_TRUSTED_PROXIES"))
                .map_err(|e| bad("HANDOFF_TRUSTED_PROXIES", e))?;
        let hours: u64 = value("HANDOFF_SESSION_TTL_HOURS")
            .parse()
            .ok()
            .filter(|h| *h > 0 && *h <= 24 * 365)
            .ok_or_else(|| {
                bad(
                    "HANDOFF_SESSION_TTL_HOURS",
                    "expected a whole number of hours, 1 to 8760",
                )
            })?;
        let llm = match get("LLM_BASE_URL") {
            None => None,
            Some(base_url) => {
                url::Url::parse(&base_url)
                    .map_err(|_| bad("LLM_BASE_URL", "expected an absolute URL"))?;
                let model = get("LLM_MODEL")
                    .ok_or_else(|| bad("LLM_MODEL", "required when LLM_BASE_URL is set"))?;
                Some(crate::llm::LlmSettings {
                    base_url,
                    model,
                    api_key: get("LLM_API_KEY"),
                })
            }
        };
        let mongodb_uri = get("MONGODB_URI");
        if let Some(uri) = &mongodb_uri {
            if !uri.starts_with("mongodb://") && !uri.starts_with("mongodb+srv://") {
                return Err(bad(
                    "MONGODB_URI",
                    "expected mongodb://… or mongodb+srv://…",
                ));
            }
        }
        let mongodb_write_concern = value("MONGODB_WRITE_CONCERN")
            .parse()
            .map_err(|e: String| bad("MONGODB_WRITE_CONCERN", e))?;
        let whole = |key: &str, range: std::ops::RangeInclusive<u64>| {
            value(key)
                .parse::<u64>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| {
                    bad(
                        key,
                        format!(
                            "expected a whole number from {} to {}",
                            range.start(),
                            range.end()
                        ),
                    )
                })
        };
        let graph_timeout = Duration::from_millis(whole("GRAPH_TIMEOUT_MS", 100..=120_000)?);
        let mongodb_timeout = Duration::from_millis(whole("MONGODB_TIMEOUT_MS", 100..=600_000)?);
        let event_retention =
            Duration::from_secs(whole("HANDOFF_EVENT_RETENTION_SECS", 1..=7 * 24 * 3600)?);
        let ws_connections_per_session =
            whole("HANDOFF_WS_CONNECTIONS_PER_SESSION", 1..=1_000_000)? as usize;
        let log_format = value("HANDOFF_LOG_FORMAT")
            .parse()
            .map_err(|e: String| bad("HANDOFF_LOG_FORMAT", e))?;
        Ok(Settings {
            bind,
            data_dir: PathBuf::from(get("HANDOFF_DATA_DIR").unwrap_or_else(|| {
                if demo {
                    DEMO_DATA_DIR.to_owned()
                } else {
                    default_of("HANDOFF_DATA_DIR")
                }
            })),
            mongodb_uri,
            mongodb_database: get("MONGODB_DATABASE").unwrap_or_else(|| {
                if demo {
                    DEMO_DATABASE.to_owned()
                } else {
                    default_of("MONGODB_DATABASE")
                }
            }),
            mongodb_write_concern,
            mongodb_timeout,
            change_streams: get("HANDOFF_CHANGE_STREAMS").is_none()
                || flag("HANDOFF_CHANGE_STREAMS")?,
            event_retention,
            tenants: get("HANDOFF_TENANTS").map(PathBuf::from),
            demo,
            demo_history: demo
                && match value("HANDOFF_DEMO_HISTORY").as_str() {
                    "1" | "true" => true,
                    "0" | "false" => false,
                    other => {
                        return Err(bad(
                            "HANDOFF_DEMO_HISTORY",
                            format!("expected 1 or 0, got {other:?}"),
                        ))
                    }
                },
            app_secret,
            verify_token,
            app_id: get("FB_APP_ID"),
            graph_api_base,
            graph_timeout,
            allowed_origins,
            tls,
            trusted_proxies,
            session_ttl: Duration::from_secs(hours * 3600),
            ws_connections_per_session,
            metrics_token: get("HANDOFF_METRICS_TOKEN"),
            static_dir: get("HANDOFF_STATIC_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(default_static_dir),
            typing_indicator: flag("HANDOFF_TYPING_INDICATOR")?,
            llm,
            log_filter: value("RUST_LOG"),
            log_format,
        })
    }
}

/// The console's files: the source tree's `static/` when the binary runs where it was built,
/// else `./static`.
fn default_static_dir() -> PathBuf {
    let built = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/static"));
    if built.is_dir() {
        built
    } else {
        PathBuf::from("static")
    }
}

/// Reads a TOML config file: the same keys in lower case; unknown keys are refused.
fn read_file(path: &std::path::Path) -> Result<BTreeMap<String, String>, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| bad("--config", format!("{}: {e}", path.display())))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| bad("--config", format!("{}: {e}", path.display())))?;
    let mut values = BTreeMap::new();
    for (key, value) in table {
        let upper = key.to_uppercase();
        if !KEYS.iter().any(|(k, _, _)| *k == upper) || key != key.to_lowercase() {
            return Err(bad(&key, "unknown configuration key"));
        }
        let text = match value {
            toml::Value::String(s) => s,
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Boolean(b) => if b { "1" } else { "0" }.to_owned(),
            _ => return Err(bad(&key, "expected a string, number or boolean")),
        };
        values.insert(upper, text);
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn every_key_is_documented() {
        let docs = include_str!("../docs/configuration.md");
        for (key, default, meaning) in KEYS {
            let shown = if default.is_empty() {
                "unset".to_owned()
            } else {
                format!("`{default}`")
            };
            let row = format!("| `{key}` | {shown} | {meaning} |");
            assert!(docs.contains(&row), "docs/configuration.md lacks: {row}");
        }
    }

    #[test]
    fn secrets_are_required_outside_demo() {
        let err = Settings::from_values(&values(&[]), false).expect_err("must fail");
        assert_eq!(err.key, "FB_APP_SECRET");
        let demo = Settings::from_values(&values(&[]), true).expect("demo works without secrets");
        assert_eq!(demo.app_secret, DEMO_APP_SECRET);
    }

    #[test]
    fn a_demo_keeps_its_data_apart_unless_told_otherwise() {
        let base = [("FB_APP_SECRET", "s"), ("FB_VERIFY_TOKEN", "t")];
        let production = Settings::from_values(&values(&base), false).expect("valid");
        let demo = Settings::from_values(&values(&[]), true).expect("valid");
        assert_eq!(production.data_dir, PathBuf::from("./data"));
        assert_eq!(production.mongodb_database, "handoff");
        assert_eq!(demo.data_dir, PathBuf::from(DEMO_DATA_DIR));
        assert_eq!(demo.mongodb_database, DEMO_DATABASE);
        let told = values(&[("HANDOFF_DATA_DIR", "/srv/x"), ("MONGODB_DATABASE", "x")]);
        let demo = Settings::from_values(&told, true).expect("valid");
        assert_eq!(demo.data_dir, PathBuf::from("/srv/x"));
        assert_eq!(demo.mongodb_database, "x");
    }

    #[test]
    fn demo_refuses_a_public_bind() {
        let err = Settings::from_values(&values(&[("HANDOFF_BIND", "0.0.0.0:8080")]), true)
            .expect_err("must fail");
        assert_eq!(err.key, "HANDOFF_BIND");
    }

    #[test]
    fn bad_values_name_their_key() {
        let base = [("FB_APP_SECRET", "s"), ("FB_VERIFY_TOKEN", "t")];
        for (key, value) in [
            ("HANDOFF_BIND", "nonsense"),
            ("HANDOFF_SESSION_TTL_HOURS", "0"),
            ("GRAPH_API_BASE", "not a url"),
            ("HANDOFF_DEMO", "maybe"),
            ("GRAPH_TIMEOUT_MS", "0"),
            ("MONGODB_TIMEOUT_MS", "soon"),
            ("HANDOFF_TRUSTED_PROXIES", "10.0.0.0/8, lb.internal"),
            ("HANDOFF_TLS_CERT", "/only/the/cert.pem"),
        ] {
            let mut v = values(&base);
            v.insert(key.to_owned(), value.to_owned());
            assert_eq!(Settings::from_values(&v, false).expect_err(key).key, key);
        }
    }
}
