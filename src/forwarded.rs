//! Who the client of a request is: its address, whether it came over HTTPS, and the host it
//! asked for. Behind a reverse proxy the socket peer is the proxy, so the proxy's
//! `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Forwarded-Host` say who the client is —
//! but anyone can send those headers, so they are believed only from the proxies listed in
//! `HANDOFF_TRUSTED_PROXIES`. Everything that keys on the client (login throttling, the
//! `Secure` cookie, the Origin checks, the loopback rule of `/metrics`) asks here.

use actix_web::http::header::{HeaderMap, HOST};
use actix_web::HttpRequest;
use ipnet::IpNet;
use std::net::{IpAddr, Ipv4Addr};

/// The networks whose forwarding headers are believed. Empty: none are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// A comma list of CIDRs (`10.0.0.0/8`) or single addresses (`127.0.0.1`, `::1`).
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{entry:?} is neither an address nor a CIDR"))
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|net| net.contains(&address))
    }
}

/// An IPv4 client seen through an IPv6 socket (`::ffff:a.b.c.d`) is that IPv4 client.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// What the server believes about a request's client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub address: IpAddr,
    /// The client's connection is HTTPS: ours (built-in TLS) or a trusted proxy's.
    pub https: bool,
    /// The host (and port) the client asked for, for the Origin checks.
    pub host: String,
    /// The request passed through a proxy (trusted or not) that said so.
    pub forwarded: bool,
}

impl Client {
    pub fn of(req: &HttpRequest, trusted: &TrustedProxies) -> Client {
        let peer = req
            .peer_addr()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
        let own_tls = req.app_config().secure();
        resolve(peer, own_tls, req.headers(), trusted)
    }
}

/// The rule, apart from actix so it can be tested on plain values.
fn resolve(peer: IpAddr, own_tls: bool, headers: &HeaderMap, trusted: &TrustedProxies) -> Client {
    let text = |name: &str| -> Vec<&str> {
        headers
            .get_all(name)
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect()
    };
    let own_host = headers
        .get(HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let forwarded = headers.contains_key("x-forwarded-for") || headers.contains_key("forwarded");
    let peer = canonical(peer);
    if !trusted.contains(peer) {
        return Client {
            address: peer,
            https: own_tls,
            host: own_host,
            forwarded,
        };
    }
    // Each proxy appends the address it received the request from: walking from the right,
    // the first address that is not a trusted proxy is the client. An entry that does not
    // parse ends the walk there, so a forged value cannot pose as anyone.
    let mut address = peer;
    for entry in text("x-forwarded-for").into_iter().rev() {
        match entry.parse::<IpAddr>().map(canonical) {
            Ok(hop) => {
                address = hop;
                if !trusted.contains(hop) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    // The outermost proxy (the first value) is the one the client connected to.
    let https = match text("x-forwarded-proto").first() {
        Some(scheme) => scheme.eq_ignore_ascii_case("https"),
        None => own_tls,
    };
    let host = text("x-forwarded-host")
        .first()
        .map_or(own_host, |host| (*host).to_owned());
    Client {
        address,
        https,
        host,
        forwarded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_bytes(name.as_bytes()).expect("header name"),
                HeaderValue::from_str(value).expect("header value"),
            );
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("address")
    }

    fn trusted(list: &str) -> TrustedProxies {
        TrustedProxies::parse(list).expect("valid list")
    }

    #[test]
    fn parses_cidrs_and_single_addresses() {
        let list = trusted("10.0.0.0/8, 127.0.0.1 ,::1");
        assert!(list.contains(ip("10.1.2.3")));
        assert!(list.contains(ip("127.0.0.1")));
        assert!(list.contains(ip("::ffff:127.0.0.1")));
        assert!(list.contains(ip("::1")));
        assert!(!list.contains(ip("127.0.0.2")));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.example").is_err());
        assert!(trusted("").is_empty());
    }

    #[test]
    fn forwarding_headers_from_an_untrusted_peer_are_ignored() {
        let h = headers(&[
            ("host", "handoff.example"),
            ("x-forwarded-for", "198.51.100.1"),
            ("x-forwarded-proto", "https"),
            ("x-forwarded-host", "evil.example"),
        ]);
        let client = resolve(ip("203.0.113.9"), false, &h, &trusted("10.0.0.0/8"));
        assert_eq!(client.address, ip("203.0.113.9"));
        assert!(!client.https);
        assert_eq!(client.host, "handoff.example");
        assert!(client.forwarded);
    }

    #[test]
    fn the_first_untrusted_hop_from_the_right_is_the_client() {
        let h = headers(&[
            ("x-forwarded-for", "6.6.6.6, 198.51.100.1"),
            ("x-forwarded-for", "10.0.0.7"),
            ("x-forwarded-proto", "https"),
        ]);
        let client = resolve(ip("10.0.0.2"), false, &h, &trusted("10.0.0.0/8"));
        // 10.0.0.7 is a trusted inner proxy; 6.6.6.6 is whatever the client claimed.
        assert_eq!(client.address, ip("198.51.100.1"));
        assert!(client.https);
    }

    #[test]
    fn a_garbled_entry_stops_the_walk() {
        let h = headers(&[("x-forwarded-for", "198.51.100.1, not-an-address")]);
        let client = resolve(ip("127.0.0.1"), false, &h, &trusted("127.0.0.1"));
        assert_eq!(client.address, ip("127.0.0.1"));
    }

    #[test]
    fn a_trusted_proxy_without_headers_is_the_client() {
        let h = headers(&[("host", "h:1")]);
        let client = resolve(ip("127.0.0.1"), true, &h, &trusted("127.0.0.1"));
        assert_eq!(client.address, ip("127.0.0.1"));
        assert!(
            client.https,
            "our own TLS counts when the proxy says nothing"
        );
        assert_eq!(client.host, "h:1");
        assert!(!client.forwarded);
    }
}
