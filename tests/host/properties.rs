//! Property tests with a fixed seed (reproducible in CI); `tests/corpus/` holds fixed hostile inputs.

use chrono::NaiveDate;
use incident_viewer::filters::{from_query, to_query};
use incident_viewer::graph::demo::odata::{self, Expr, Literal, Op};
use incident_viewer::graph::enums::{Classification, Determination, IncidentStatus, Severity};
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;
use incident_viewer::graph::query::{IncidentFilters, PageSize, TimeRange, incidents_url};
use incident_viewer::token_info::{inspect, unsigned_token, warnings};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

fn config() -> Config {
    Config { cases: 256, rng_seed: RngSeed::Fixed(0x1D5E_2026), failure_persistence: None, ..Config::default() }
}

fn pick<T: Clone + std::fmt::Debug + 'static>(known: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    proptest::sample::subsequence(known.to_vec(), 0..=known.len().min(4))
}

fn day() -> impl Strategy<Value = Option<NaiveDate>> {
    proptest::option::of(
        (2000i32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
    )
}

prop_compose! {
    fn filters()(
        statuses in pick(IncidentStatus::KNOWN), severities in pick(Severity::KNOWN),
        classifications in pick(Classification::KNOWN), determinations in pick(Determination::KNOWN),
        owner in proptest::option::of("[ -~]{0,24}|\\PC{1,6}"),
        (unassigned, mine) in (any::<bool>(), any::<bool>()), dates in (day(), day(), day(), day()),
        size in proptest::sample::select(PageSize::ALL.to_vec()),
        range in proptest::option::of(proptest::sample::select(TimeRange::ALL.to_vec())),
        tenants in proptest::collection::btree_set("[a-f0-9-]{1,36}", 0..3),
    ) -> IncidentFilters {
        // A preset and custom created dates are exclusive (the form and the URL reader enforce it).
        let (created_from, created_to) = if range.is_some() { (None, None) } else { (dates.0, dates.1) };
        IncidentFilters {
            statuses, severities, classifications, determinations,
            // "Me" and a named owner are exclusive, as in the form and the URL reader.
            assigned_to: owner.filter(|o| !o.trim().is_empty() && !mine).map(|o| o.trim().to_owned()),
            unassigned, assigned_to_me: mine, created_from, created_to, updated_from: dates.2, updated_to: dates.3,
            created_within: range, tenants: tenants.into_iter().collect(), page_size: size,
        }
    }
}

/// Every (property, value) the expression compares with `eq`.
fn equalities(expr: &Expr, out: &mut Vec<(String, Literal)>) {
    match expr {
        Expr::And(a, b) | Expr::Or(a, b) => {
            equalities(a, out);
            equalities(b, out);
        }
        Expr::Compare { property, op: Op::Eq, value } => out.push((property.clone(), value.clone())),
        Expr::Compare { .. } => {}
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn search_finds_exactly_what_a_plain_substring_scan_finds(
        name in "[a-zA-Z0-9 .\\-éÜß]{0,40}",
        query in "[a-zA-Z0-9 .\\-éÜß]{0,8}",
    ) {
        use incident_viewer::search::{Indexed, Query};
        let incident = Incident { display_name: Some(name.clone()), ..Default::default() };
        let text = name.to_lowercase();
        let naive = query.split_whitespace().all(|term| text.contains(&term.to_lowercase()));
        prop_assert_eq!(Query::parse(&query).matches(&Indexed::new(&incident)), naive);
        // A term cut from the name itself always matches (pair sets never rule out what occurs).
        let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        if chars.len() > 2 {
            let cut: String = chars[1..chars.len() - 1].iter().collect();
            let joined: String = text.split_whitespace().collect();
            let whole = Indexed::new(&Incident { display_name: Some(joined.clone()), ..Default::default() });
            let found = Query::parse(&cut).matches(&whole);
            prop_assert!(!joined.contains(&cut) || found);
        }
    }

    #[test]
    fn filters_round_trip_through_the_page_url(f in filters()) {
        prop_assert_eq!(from_query(&to_query(&f)), f);
    }

    #[test]
    fn the_filter_parses_back_to_the_same_values(f in filters()) {
        let url = incidents_url("https://graph.microsoft.com/v1.0", &f, true);
        let top: u32 = url.split("$top=").nth(1).unwrap().split('&').next().unwrap().parse().unwrap();
        prop_assert!(top <= 50);
        let Some(encoded) = url.split("$filter=").nth(1) else {
            prop_assert!(f.expression().is_none());
            return Ok(());
        };
        prop_assert!(!encoded.contains(['&', '#', ' ', '\'', '+']));
        let decoded = percent_encoding::percent_decode_str(encoded).decode_utf8().unwrap();
        let expr = odata::parse(&decoded).map_err(|e| TestCaseError::fail(format!("{e}: {decoded}")))?;
        let mut eq = Vec::new();
        equalities(&expr, &mut eq);
        let texts = |property: &str| -> Vec<String> {
            eq.iter().filter(|(p, _)| p == property).filter_map(|(_, v)| match v {
                Literal::Text(t) => Some(t.clone()),
                _ => None,
            }).collect()
        };
        prop_assert_eq!(texts("severity"), f.severities.iter().map(|s| s.as_str().to_owned()).collect::<Vec<_>>());
        prop_assert_eq!(texts("status"), f.statuses.iter().map(|s| s.as_str().to_owned()).collect::<Vec<_>>());
        prop_assert_eq!(texts("assignedTo"), f.assigned_to.iter().cloned().collect::<Vec<_>>());
        prop_assert_eq!(eq.iter().any(|(p, v)| p == "assignedTo" && *v == Literal::Null), f.unassigned);
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(body in "\\PC{0,200}") {
        let _ = decode_page::<Incident>(&body);
    }

    #[test]
    fn decoding_arbitrary_json_values_never_panics(value in json_value()) {
        let body = serde_json::json!({"value": [value.clone(), {"id": "1", "alerts": [value.clone()], "comments": value}]}).to_string();
        let page = decode_page::<Incident>(&body).unwrap();
        prop_assert!(!page.items.is_empty());
    }

    #[test]
    fn the_token_inspector_never_panics(token in "\\PC{0,120}") {
        let _ = inspect(&token);
        let _ = warnings(&token, incident_viewer::graph::cloud::Cloud::Global, chrono::Utc::now());
    }

    #[test]
    fn the_token_inspector_reads_back_what_was_encoded(tid in "[a-z0-9-]{1,36}", upn in "[a-z.]{1,20}@[a-z]{1,10}\\.com", exp in 0i64..4_000_000_000) {
        let token = unsigned_token(&serde_json::json!({"tid": tid, "upn": upn, "exp": exp}));
        let info = inspect(&token).unwrap();
        prop_assert_eq!(info.tenant_id, Some(tid));
        prop_assert_eq!(info.user, Some(upn));
        prop_assert_eq!(info.expires_at.map(|t| t.timestamp()), Some(exp));
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,30}".prop_map(Value::String),
        Just(Value::String("#microsoft.graph.security.deviceEvidence".into())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::hash_map(
                prop_oneof![
                    Just("@odata.type".to_owned()),
                    Just("id".to_owned()),
                    Just("severity".to_owned()),
                    Just("evidence".to_owned()),
                    Just("createdDateTime".to_owned()),
                    "[a-zA-Z]{1,8}"
                ],
                inner,
                0..6,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
