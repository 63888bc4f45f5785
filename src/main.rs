use clap::Parser;
use handoff::cli::{run, Cli};

#[actix_web::main]
async fn main() {
    if let Err(err) = run(Cli::parse()).await {
        eprintln!("handoff: {err}");
        std::process::exit(1);
    }
}
