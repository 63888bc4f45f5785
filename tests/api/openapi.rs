//! The OpenAPI document at `/api/openapi.json`: OpenAPI 3.1, every route the server has
//! (and no other), every reference resolvable, and every route it says needs a session
//! refusing requests without one, or with a made-up one.

use crate::helpers::{assert_error_shape, spawn_app, Resp, TestApp};
use serde_json::Value;
use std::collections::BTreeSet;

/// Every HTTP route of the server, but the console's static files. A route added to the
/// server must be added here and is then checked against the document.
const ROUTES: &[(&str, &str)] = &[
    ("POST", "/api/auth/login"),
    ("POST", "/api/auth/logout"),
    ("GET", "/api/auth/me"),
    ("GET", "/api/dashboard/customers"),
    ("GET", "/api/dashboard/customers/{customer_id}"),
    ("PUT", "/api/dashboard/customers/{customer_id}/stop"),
    ("PUT", "/api/dashboard/customers/{customer_id}/priority"),
    ("POST", "/api/dashboard/customers/{customer_id}/toggle-stop"),
    ("PUT", "/api/dashboard/customers/{customer_id}/agent"),
    ("POST", "/api/dashboard/customers/{customer_id}/message"),
    (
        "POST",
        "/api/dashboard/customers/{customer_id}/outgoing/{outgoing_id}/retry",
    ),
    (
        "DELETE",
        "/api/dashboard/customers/{customer_id}/outgoing/{outgoing_id}",
    ),
    ("GET", "/api/dashboard/audit"),
    ("GET", "/api/dashboard/agents"),
    ("DELETE", "/api/dashboard/agents/{agent_id}/sessions"),
    ("GET", "/api/dashboard/pages"),
    ("GET", "/api/dashboard/metrics"),
    ("GET", "/api/dashboard/deadlines"),
    ("GET", "/api/dashboard/routing"),
    ("PUT", "/api/dashboard/routing"),
    ("GET", "/api/openapi.json"),
    ("GET", "/webhook"),
    ("POST", "/webhook"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/ws"),
    ("GET", "/simulator/api/messages"),
    ("POST", "/simulator/api/messages"),
];

/// The routes anyone may call: the login, this document, Facebook's webhook (signed
/// instead), the probes, and the demo's simulator.
const PUBLIC: &[(&str, &str)] = &[
    ("POST", "/api/auth/login"),
    ("GET", "/api/openapi.json"),
    ("GET", "/webhook"),
    ("POST", "/webhook"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/simulator/api/messages"),
    ("POST", "/simulator/api/messages"),
];

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths").iter() {
        for method in METHODS {
            if let Some(operation) = item.get(*method) {
                out.push((method.to_uppercase(), path.clone(), operation));
            }
        }
    }
    out
}

/// Follows a local `$ref` (`#/components/...`).
fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    doc.pointer(reference.strip_prefix('#')?)
}

/// Every `$ref` anywhere in `value`.
fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.push(r.clone());
            }
            map.values().for_each(|v| references(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

async fn document(app: &TestApp) -> Value {
    let r = app.get_anon("/api/openapi.json").await;
    assert_eq!(r.status, 200, "/api/openapi.json: {}", r.text);
    assert!(
        r.header("content-type")
            .is_some_and(|t| t.starts_with("application/json")),
        "/api/openapi.json is not JSON: {:?}",
        r.header("content-type")
    );
    r.body.clone()
}

#[tokio::test]
async fn the_document_describes_every_route_and_only_those() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    assert_eq!(doc["openapi"], "3.1.0", "not OpenAPI 3.1");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());

    let documented: BTreeSet<(String, String)> = operations(&doc)
        .into_iter()
        .map(|(method, path, _)| (method, path))
        .collect();
    let served: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    let undocumented: Vec<_> = served.difference(&documented).collect();
    let unknown: Vec<_> = documented.difference(&served).collect();
    assert!(
        undocumented.is_empty(),
        "routes missing from the document: {undocumented:?}"
    );
    assert!(
        unknown.is_empty(),
        "documented routes the test does not know: {unknown:?}"
    );

    let schemes = doc["components"]["securitySchemes"]
        .as_object()
        .expect("security schemes");
    let mut ids = BTreeSet::new();
    for (method, path, operation) in operations(&doc) {
        let what = format!("{method} {path}");
        let id = operation["operationId"].as_str().expect("operationId");
        assert!(
            ids.insert(id.to_owned()),
            "{what}: operationId {id} is not unique"
        );
        let responses = operation["responses"].as_object().expect("responses");
        assert!(
            responses.keys().any(|s| s.starts_with('2') || s == "101"),
            "{what}: no success response"
        );
        // Every error is the envelope of docs/errors.md (but the webhook handshake's bare 403 and
        // the simulator's bare 404 outside demo mode, which have no body, and readiness,
        // which answers its status).
        for (status, response) in responses {
            let readiness = path == "/readyz" && status == "503";
            if (status.starts_with('4') || status.starts_with('5')) && !readiness {
                let response = match response["$ref"].as_str() {
                    Some(r) => resolve(&doc, r).unwrap_or_else(|| panic!("{what}: {r}")),
                    None => response,
                };
                if let Some(schema) = response.pointer("/content/application~1json/schema") {
                    assert_eq!(
                        schema["required"],
                        serde_json::json!(["error"]),
                        "{what} {status}"
                    );
                } else {
                    assert!(
                        response.get("content").is_none(),
                        "{what} {status}: not the error envelope"
                    );
                }
            }
        }
        let public = PUBLIC.iter().any(|(m, p)| *m == method && *p == path);
        let security = operation["security"].as_array();
        if public {
            // None, or optional (`{}` among the alternatives).
            assert!(
                security.is_none_or(|s| s
                    .iter()
                    .any(|r| r.as_object().is_some_and(|o| o.is_empty()))),
                "{what} is public but the document says it needs a session"
            );
        } else {
            let security = security.unwrap_or_else(|| panic!("{what} declares no security"));
            let names: BTreeSet<&str> = security
                .iter()
                .flat_map(|r| r.as_object().expect("requirement").keys())
                .map(String::as_str)
                .collect();
            assert_eq!(
                names,
                BTreeSet::from(["bearer", "session_cookie"]),
                "{what}: a session is a bearer token or the cookie"
            );
        }
        for requirement in security.into_iter().flatten() {
            for name in requirement.as_object().expect("requirement").keys() {
                assert!(schemes.contains_key(name), "{what}: unknown scheme {name}");
            }
        }
    }

    let mut refs = Vec::new();
    references(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        assert!(resolve(&doc, &r).is_some(), "unresolvable reference {r}");
    }
}

fn concrete(path: &str) -> String {
    path.replace("{customer_id}", "7000000000000001")
        .replace("{outgoing_id}", "out_1")
}

async fn call(app: &TestApp, method: &str, path: &str, token: Option<&str>) -> Resp {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let body = (method != reqwest::Method::GET && method != reqwest::Method::DELETE)
        .then(|| serde_json::json!({}));
    app.request(method, &concrete(path), token, body.as_ref())
        .await
}

#[tokio::test]
async fn no_route_that_needs_a_session_answers_without_one() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let mut checked = 0;
    for (method, path, operation) in operations(&doc) {
        if operation["security"].as_array().is_none_or(|s| {
            s.iter()
                .any(|r| r.as_object().is_some_and(|o| o.is_empty()))
        }) {
            continue;
        }
        let what = format!("{method} {path}");
        // No credentials at all, then a token no session has: both refused the same way.
        for token in [None, Some("0123456789abcdef")] {
            let r = call(&app, &method, &path, token).await;
            assert_eq!(r.status, 401, "{what} with {token:?}: {}", r.text);
            assert_error_shape(&r.body, &what);
            assert_eq!(r.body["error"]["code"], "unauthorized", "{what}");
        }
        checked += 1;
    }
    assert_eq!(checked, ROUTES.len() - PUBLIC.len());

    // And the public ones are routed (not the static files' 404).
    for (method, path) in PUBLIC {
        let r = call(&app, method, path, None).await;
        assert!(
            r.status != 404 || path.starts_with("/simulator/"),
            "{method} {path}: {} {}",
            r.status,
            r.text
        );
    }
}
