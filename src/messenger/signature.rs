//! `X-Hub-Signature-256`: HMAC-SHA256 of the raw request bytes, keyed with the app secret,
//! compared in constant time. Also `appsecret_proof` for Graph calls.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

type HmacSha256 = Hmac<Sha256>;

fn mac(secret: &str) -> HmacSha256 {
    // HMAC takes keys of any length; this cannot fail.
    <HmacSha256 as Mac>::new_from_slice(secret.as_bytes()).unwrap_or_else(|_| unreachable!())
}

/// `sha256=<lowercase hex>` for `body`.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut m = mac(secret);
    m.update(body);
    format!("sha256={}", hex::encode(m.finalize().into_bytes()))
}

/// Checks a `X-Hub-Signature-256` header value against the raw body.
pub fn verify(secret: &str, body: &[u8], header: Option<&str>) -> bool {
    let Some(given) = header.and_then(|h| h.trim().strip_prefix("sha256=")) else {
        return false;
    };
    let Ok(given) = hex::decode(given) else {
        return false;
    };
    let mut m = mac(secret);
    m.update(body);
    let expected = m.finalize().into_bytes();
    expected.as_slice().ct_eq(&given).into()
}

/// `appsecret_proof` = hex(HMAC-SHA256(key = app secret, msg = access token)).
pub fn appsecret_proof(secret: &str, access_token: &str) -> String {
    let mut m = mac(secret);
    m.update(access_token.as_bytes());
    hex::encode(m.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_only_for_the_exact_bytes() {
        let body = br#"{"object":"page","entry":[{"text":"caf\u00e9"}]}"#;
        let header = sign("s3cret", body);
        assert!(header.starts_with("sha256="));
        assert!(verify("s3cret", body, Some(&header)));
        assert!(!verify("other", body, Some(&header)));
        assert!(!verify("s3cret", b"{}", Some(&header)));
        assert!(!verify("s3cret", body, None));
        assert!(!verify("s3cret", body, Some("sha1=abc")));
        assert!(!verify("s3cret", body, Some("sha256=zz")));
    }

    #[test]
    fn known_hmac_vector() {
        // RFC 4231 test case 2.
        let mut m = mac("Jefe");
        m.update(b"what do ya want for nothing?");
        assert_eq!(
            hex::encode(m.finalize().into_bytes()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
