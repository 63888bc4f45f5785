//! What a waiting customer is told of their place in the queue (docs/routing.md#queue-
//! position-and-wait): the text, and the wait to expect from the team's recent throughput.
//! Pure; the place itself is read by `queue.rs`.

/// What a waiting customer is told of their place, unless the page says otherwise.
pub const QUEUE_NOTICE: &str = "You're number {position} in the queue. Estimated wait: {wait}.";

/// How far back claims count for the estimate.
pub fn throughput_window() -> chrono::TimeDelta {
    chrono::TimeDelta::hours(1)
}

/// Minutes to wait at `position` when the team claimed `claims` customers in the last hour;
/// `None` with no claims to go by.
pub fn estimated_minutes(position: usize, claims: usize) -> Option<u64> {
    if claims == 0 {
        return None;
    }
    let minutes = (position as u64 * 60).div_ceil(claims as u64);
    Some(minutes.max(1))
}

/// An estimate as the customer reads it.
pub fn describe_wait(minutes: Option<u64>) -> String {
    match minutes {
        None => "not known yet".to_owned(),
        Some(1) => "about a minute".to_owned(),
        Some(m) if m <= 120 => format!("about {m} minutes"),
        Some(_) => "more than two hours".to_owned(),
    }
}

/// `template` with `{position}`, `{wait}` (in English words) and `{minutes}` (the bare
/// number, for templates in other languages; `?` while not known) filled in.
pub fn fill(template: &str, position: usize, minutes: Option<u64>) -> String {
    let bare = minutes.map_or_else(|| "?".to_owned(), |m| m.to_string());
    template
        .replace("{position}", &position.to_string())
        .replace("{wait}", &describe_wait(minutes))
        .replace("{minutes}", &bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_follows_the_last_hours_claims() {
        assert_eq!(estimated_minutes(3, 0), None, "nothing to go by");
        assert_eq!(estimated_minutes(1, 60), Some(1));
        assert_eq!(
            estimated_minutes(3, 12),
            Some(15),
            "a claim every 5 minutes"
        );
        assert_eq!(estimated_minutes(2, 7), Some(18), "rounded up");
        assert_eq!(
            fill(
                "Eres el número {position}: unos {minutes} minutos.",
                2,
                Some(9)
            ),
            "Eres el número 2: unos 9 minutos."
        );
        assert_eq!(
            fill(QUEUE_NOTICE, 3, Some(15)),
            "You're number 3 in the queue. Estimated wait: about 15 minutes."
        );
        assert_eq!(
            fill(QUEUE_NOTICE, 1, None),
            "You're number 1 in the queue. Estimated wait: not known yet."
        );
        assert_eq!(describe_wait(Some(500)), "more than two hours");
    }
}
