//! MongoDB for the suite: the `MONGODB_URI` it runs against, a fresh database per test
//! server, and an nx-27017 server of a test's own to stop and restart.

use std::path::PathBuf;
use std::process::Stdio;

use tempfile::TempDir;
use tokio::net::TcpStream;
use tokio::process::{Child, Command};

use super::ids::unique;
use super::{POLL, READY_TIMEOUT};

/// The MongoDB the suite runs against, if any (`MONGODB_URI` in the test environment):
/// every test server then uses its own fresh database there instead of the embedded store.
pub fn mongodb_uri() -> Option<String> {
    std::env::var("MONGODB_URI")
        .ok()
        .filter(|u| !u.trim().is_empty())
}

/// A database name no other test (of this run or an earlier one) uses.
pub fn fresh_database() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("handoff_t{}_{}_{nanos}", std::process::id(), unique(""))
}

/// The nx-27017 executable (`NX_27017_BIN`, set by tests/all.sh), if installed.
pub fn nx_27017_bin() -> Option<PathBuf> {
    std::env::var_os("NX_27017_BIN")
        .map(PathBuf::from)
        .filter(|p| p.exists())
}

/// An nx-27017 server on a free port with its data in a file, so it can be stopped (an
/// outage) and started again with everything it had.
pub struct NxServer {
    bin: PathBuf,
    dir: TempDir,
    pub port: u16,
    child: Option<Child>,
}

impl NxServer {
    pub async fn start(bin: PathBuf) -> NxServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut server = NxServer {
            bin,
            dir: tempfile::tempdir().unwrap(),
            port,
            child: None,
        };
        server.resume().await;
        server
    }

    pub fn uri(&self) -> String {
        format!("mongodb://127.0.0.1:{}", self.port)
    }

    /// Starts the server again on the same data and port; returns once it accepts connections.
    pub async fn resume(&mut self) {
        let d = self.dir.path();
        let child = Command::new(&self.bin)
            .args(["--host", "127.0.0.1", "-p", &self.port.to_string()])
            .arg("--db")
            .arg(d.join("nx.db"))
            .arg("--log-file")
            .arg(d.join("nx.log"))
            .arg("--pid-file")
            .arg(d.join("nx.pid"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start nx-27017");
        self.child = Some(child);
        let deadline = tokio::time::Instant::now() + READY_TIMEOUT;
        while TcpStream::connect(("127.0.0.1", self.port)).await.is_err() {
            assert!(
                tokio::time::Instant::now() < deadline,
                "nx-27017 did not start"
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// An outage: the server process is gone.
    pub async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().await.expect("stop nx-27017");
        }
    }
}
