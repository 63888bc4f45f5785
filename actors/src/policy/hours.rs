//! A company's business hours (docs/routing.md#business-hours): weekly opening times in the
//! company's own time zone, and holidays. Pure: every answer is for a moment given, so the
//! rules are tested at any date, across daylight-saving changes.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// The days of `weekly`, as the settings name them.
pub const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// How far ahead the next opening is looked for: a company closed longer has none.
const LOOK_AHEAD_DAYS: i64 = 366;

/// When the team works. A day left out of `weekly` is closed; a holiday is closed all day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BusinessHours {
    /// An IANA time zone name, such as `Europe/Berlin` or `UTC`.
    pub time_zone: String,
    /// Opening times per day (`mon` … `sun`), each `"HH:MM-HH:MM"` (`24:00` ends a day).
    #[serde(default)]
    pub weekly: BTreeMap<String, Vec<String>>,
    /// Closed dates (`YYYY-MM-DD`, in the company's time zone).
    #[serde(default)]
    pub holidays: Vec<NaiveDate>,
}

/// An opening time of one day, in local time; `end` is `None` for midnight at its end.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Span {
    start: NaiveTime,
    end: Option<NaiveTime>,
}

fn time(text: &str) -> Option<Option<NaiveTime>> {
    if text == "24:00" {
        return Some(None);
    }
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0).map(Some)
}

fn span(text: &str) -> Option<Span> {
    let (start, end) = text.split_once('-')?;
    let start = time(start.trim())??;
    let end = time(end.trim())?;
    match end {
        Some(end) if end <= start => None,
        _ => Some(Span { start, end }),
    }
}

impl BusinessHours {
    /// The first setting that cannot be read, as `(field, reason)`.
    pub fn check(&self) -> Result<(), (String, String)> {
        if self.time_zone.parse::<Tz>().is_err() {
            return Err((
                "business_hours.time_zone".into(),
                "expected an IANA time zone name such as Europe/Berlin".into(),
            ));
        }
        for (day, spans) in &self.weekly {
            if !DAYS.iter().any(|(name, _)| name == day) {
                return Err((
                    format!("business_hours.weekly.{day}"),
                    "expected mon, tue, wed, thu, fri, sat or sun".into(),
                ));
            }
            if spans.len() > 8 || spans.iter().any(|s| span(s).is_none()) {
                return Err((
                    format!("business_hours.weekly.{day}"),
                    "at most 8 times like \"09:00-17:30\", each ending after it starts".into(),
                ));
            }
        }
        if self.holidays.len() > 1000 {
            return Err(("business_hours.holidays".into(), "at most 1000".into()));
        }
        Ok(())
    }

    fn zone(&self) -> Tz {
        self.time_zone.parse().unwrap_or(Tz::UTC)
    }

    /// The opening times of `date` (none on a holiday), in order.
    fn spans_on(&self, date: NaiveDate) -> Vec<Span> {
        if self.holidays.contains(&date) {
            return Vec::new();
        }
        let Some((name, _)) = DAYS.iter().find(|(_, d)| *d == date.weekday()) else {
            return Vec::new();
        };
        let mut spans: Vec<Span> = self
            .weekly
            .get(*name)
            .into_iter()
            .flatten()
            .filter_map(|s| span(s))
            .collect();
        spans.sort_by_key(|s| s.start);
        spans
    }

    /// A local moment of `date` as a moment in time: the earlier of two in a repeated hour,
    /// the first after a skipped one.
    fn instant(&self, date: NaiveDate, at: Option<NaiveTime>) -> DateTime<Utc> {
        let zone = self.zone();
        let local = match at {
            Some(t) => date.and_time(t),
            None => date.and_time(NaiveTime::MIN) + Duration::days(1),
        };
        let mut probe = local;
        for _ in 0..4 {
            if let Some(found) = zone.from_local_datetime(&probe).earliest() {
                return found.with_timezone(&Utc);
            }
            probe += Duration::minutes(30);
        }
        Utc.from_utc_datetime(&local)
    }

    /// Whether the team works at `at`.
    pub fn is_open(&self, at: DateTime<Utc>) -> bool {
        let date = at.with_timezone(&self.zone()).date_naive();
        // A span of the day before cannot reach into this one (`24:00` ends a day), so
        // this day's spans decide.
        self.spans_on(date)
            .iter()
            .any(|s| self.instant(date, Some(s.start)) <= at && at < self.instant(date, s.end))
    }

    /// The next moment the team starts working after `at` (`at` itself when open); `None`
    /// when it never opens within a year.
    pub fn next_opening(&self, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.is_open(at) {
            return Some(at);
        }
        let today = at.with_timezone(&self.zone()).date_naive();
        (0..=LOOK_AHEAD_DAYS)
            .filter_map(|d| today.checked_add_signed(Duration::days(d)))
            .flat_map(|date| {
                self.spans_on(date)
                    .into_iter()
                    .map(move |s| self.instant(date, Some(s.start)))
            })
            .find(|start| *start > at)
    }

    /// `opens` as the customer reads it, in the company's time: `today at 09:00`,
    /// `tomorrow at 09:00`, or `on Monday 7 December at 09:00`, with the zone's name.
    pub fn describe(&self, opens: DateTime<Utc>, now: DateTime<Utc>) -> String {
        let zone = self.zone();
        let (opens, today) = (
            opens.with_timezone(&zone),
            now.with_timezone(&zone).date_naive(),
        );
        let day = match (opens.date_naive() - today).num_days() {
            0 => "today".to_owned(),
            1 => "tomorrow".to_owned(),
            _ => format!("on {}", opens.format("%A %-d %B")),
        };
        format!("{day} at {} ({})", opens.format("%H:%M"), self.time_zone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(zone: &str, weekly: &[(&str, &[&str])], holidays: &[&str]) -> BusinessHours {
        BusinessHours {
            time_zone: zone.into(),
            weekly: weekly
                .iter()
                .map(|(d, s)| (d.to_string(), s.iter().map(|x| x.to_string()).collect()))
                .collect(),
            holidays: holidays.iter().map(|h| h.parse().expect("date")).collect(),
        }
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("time")
            .with_timezone(&Utc)
    }

    const WEEKDAYS: &[(&str, &[&str])] = &[
        ("mon", &["09:00-12:00", "13:00-17:00"]),
        ("tue", &["09:00-17:00"]),
        ("wed", &["09:00-17:00"]),
        ("thu", &["09:00-17:00"]),
        ("fri", &["09:00-17:00"]),
    ];

    #[test]
    fn open_within_a_days_times_in_the_companys_zone() {
        // Monday 7 December 2026; Berlin is UTC+1 in winter.
        let berlin = hours("Europe/Berlin", WEEKDAYS, &[]);
        assert!(
            !berlin.is_open(utc("2026-12-07T07:59:00Z")),
            "08:59 in Berlin"
        );
        assert!(
            berlin.is_open(utc("2026-12-07T08:00:00Z")),
            "09:00 in Berlin"
        );
        assert!(!berlin.is_open(utc("2026-12-07T11:30:00Z")), "lunch");
        assert!(berlin.is_open(utc("2026-12-07T12:00:00Z")));
        assert!(!berlin.is_open(utc("2026-12-07T16:00:00Z")), "17:00 closes");
        assert!(!berlin.is_open(utc("2026-12-12T10:00:00Z")), "Saturday");
    }

    #[test]
    fn the_next_opening_skips_nights_weekends_and_holidays() {
        let berlin = hours("Europe/Berlin", WEEKDAYS, &["2026-12-14"]);
        let lunch = utc("2026-12-07T11:30:00Z");
        assert_eq!(
            berlin.next_opening(lunch),
            Some(utc("2026-12-07T12:00:00Z"))
        );
        let friday_night = utc("2026-12-11T20:00:00Z");
        // Monday the 14th is a holiday: Tuesday 09:00 Berlin.
        assert_eq!(
            berlin.next_opening(friday_night),
            Some(utc("2026-12-15T08:00:00Z"))
        );
        assert_eq!(
            berlin.describe(utc("2026-12-15T08:00:00Z"), friday_night),
            "on Tuesday 15 December at 09:00 (Europe/Berlin)"
        );
        assert_eq!(
            berlin.describe(utc("2026-12-08T08:00:00Z"), utc("2026-12-07T18:00:00Z")),
            "tomorrow at 09:00 (Europe/Berlin)"
        );
        let open = utc("2026-12-08T10:00:00Z");
        assert_eq!(berlin.next_opening(open), Some(open));
        let never = hours("UTC", &[], &[]);
        assert_eq!(never.next_opening(open), None);
    }

    #[test]
    fn daylight_saving_moves_the_opening_not_the_local_time() {
        // Berlin goes to UTC+2 on Sunday 28 March 2027: Monday opens at 07:00 UTC.
        let berlin = hours("Europe/Berlin", WEEKDAYS, &[]);
        assert_eq!(
            berlin.next_opening(utc("2027-03-27T12:00:00Z")),
            Some(utc("2027-03-29T07:00:00Z"))
        );
        // A day open around the clock ends at local midnight, 23 hours after it began.
        let always = hours("Europe/Berlin", &[("sun", &["00:00-24:00"])], &[]);
        assert!(always.is_open(utc("2027-03-28T21:30:00Z")), "23:30 local");
        assert!(
            !always.is_open(utc("2027-03-28T22:00:00Z")),
            "Monday already"
        );
    }

    #[test]
    fn settings_that_cannot_be_read_are_named() {
        let field = |h: BusinessHours| h.check().map_err(|e| e.0);
        assert_eq!(
            field(hours("Mars/Olympus", &[], &[])),
            Err("business_hours.time_zone".into())
        );
        assert_eq!(
            field(hours("UTC", &[("monday", &["09:00-17:00"])], &[])),
            Err("business_hours.weekly.monday".into())
        );
        assert_eq!(
            field(hours("UTC", &[("mon", &["17:00-09:00"])], &[])),
            Err("business_hours.weekly.mon".into())
        );
        assert_eq!(
            field(hours("UTC", &[("mon", &["9:00-17:00"])], &[])),
            Err("business_hours.weekly.mon".into())
        );
        assert_eq!(field(hours("UTC", WEEKDAYS, &["2026-12-25"])), Ok(()));
    }
}
