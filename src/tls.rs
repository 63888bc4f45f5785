//! Built-in TLS (`HANDOFF_TLS_CERT`, `HANDOFF_TLS_KEY`): the server speaks HTTPS and `wss://`
//! itself, for installs without a TLS-terminating proxy in front. Certificates and the key
//! are read once at start, as PEM; a bad file stops the server with a message naming it.

use rustls::ServerConfig;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::path::{Path, PathBuf};

/// Where the certificate chain and its private key are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsFiles {
    /// PEM: the server's certificate first, then its intermediates.
    pub cert: PathBuf,
    /// PEM: PKCS#8, PKCS#1 (RSA) or SEC1 (EC) private key.
    pub key: PathBuf,
}

impl TlsFiles {
    /// The rustls configuration for these files (HTTP/1.1 only: WebSocket upgrades need it).
    pub fn server_config(&self) -> Result<ServerConfig, String> {
        let chain = certificates(&self.cert)?;
        let key = PrivateKeyDer::from_pem_file(&self.key)
            .map_err(|e| format!("{}: no usable private key ({e})", self.key.display()))?;
        let mut config =
            ServerConfig::builder_with_provider(rustls::crypto::ring::default_provider().into())
                .with_safe_default_protocol_versions()
                .map_err(|e| format!("TLS: {e}"))?
                .with_no_client_auth()
                .with_single_cert(chain, key)
                .map_err(|e| {
                    format!(
                        "{} and {}: the key does not fit the certificate ({e})",
                        self.cert.display(),
                        self.key.display()
                    )
                })?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
    }
}

fn certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let chain = CertificateDer::pem_file_iter(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if chain.is_empty() {
        return Err(format!("{}: no certificate in it", path.display()));
    }
    Ok(chain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_or_empty_files_are_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "no pem here").expect("write");
        let files = TlsFiles {
            cert: empty.clone(),
            key: dir.path().join("missing.pem"),
        };
        let err = files.server_config().expect_err("must fail");
        assert!(err.contains("empty.pem"), "{err}");
    }
}
