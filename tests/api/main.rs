//! Black-box integration tests for `handoff`: each test starts the real binary as a
//! subprocess (fresh data dir, tenants file, local Graph API stand-in) and drives it over
//! HTTP, WebSocket and signed webhooks exactly as browsers and Facebook would.
#![allow(clippy::unwrap_used)]

mod helpers;

mod audit;
mod auth;
mod bad_input;
mod bot_answers;
mod commit_point;
mod conformance;
mod csat;
mod customers_rest;
mod db_proxy;
mod detection;
mod event_order;
mod feeds;
mod flood;
mod health;
mod isolation;
mod llm;
mod loadtest;
mod logs;
mod messenger;
mod metrics;
mod module_graph;
mod openapi;
mod outage;
mod proxy;
mod race;
mod restart;
mod revocation;
mod routing;
mod scale_out;
mod security;
mod simulator;
mod slow_graph;
mod thread_control;
mod tls;
mod webhook;
mod ws_protocol;
