use crate::helpers::spawn_app;

#[tokio::test]
async fn healthz_readyz_and_metrics_answer() {
    let app = spawn_app().await;

    let r = app.get_anon("/healthz").await;
    assert_eq!(r.status, 200, "/healthz: {}", r.text);

    let r = app.get_anon("/readyz").await;
    assert_eq!(r.status, 200, "/readyz (store reachable): {}", r.text);

    let r = app.get_anon("/metrics").await;
    assert_eq!(r.status, 200, "/metrics: {}", r.text);
    assert!(
        r.text.contains("# TYPE"),
        "/metrics is not Prometheus text: {}",
        r.text
    );
}
