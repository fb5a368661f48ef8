//! Fixed hostile inputs in `tests/corpus/`: each must decode to exactly what is said here, never panic.

use incident_viewer::graph::error::ErrorKind;
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;

fn corpus(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn deeply_nested_evidence_is_read() {
    let page = decode_page::<Incident>(&corpus("deep_evidence.json")).unwrap();
    let evidence = &page.items[0].alerts.as_ref().unwrap()[0].evidence[0];
    let details = evidence.details();
    assert_eq!(details.kind, "process");
    assert_eq!(details.name.as_deref(), Some("deep.exe"));
}

#[test]
fn right_to_left_emoji_and_nul_survive_as_text() {
    let page = decode_page::<Incident>(&corpus("rtl_and_emoji.json")).unwrap();
    let name = page.items[0].display_name.as_deref().unwrap();
    assert!(name.starts_with('\u{202e}') && name.contains('\0') && name.contains("🛡️"));
}

#[test]
fn duplicate_ids_are_all_kept() {
    assert_eq!(decode_page::<Incident>(&corpus("duplicate_ids.json")).unwrap().items.len(), 3);
}

#[test]
fn empty_page_with_next_link() {
    let page = decode_page::<Incident>(&corpus("empty_with_next.json")).unwrap();
    assert!(page.items.is_empty() && page.next_link.is_some());
}

#[test]
fn wrong_types_everywhere() {
    let page = decode_page::<Incident>(&corpus("wrong_types.json")).unwrap();
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.skipped, 2);
    let odd = &page.items[0];
    assert_eq!(odd.id, None);
    assert_eq!(odd.custom_tags, vec!["ok"]);
    assert_eq!(odd.alerts, None);
}

#[test]
fn megabyte_strings() {
    let page = decode_page::<Incident>(&corpus("long_strings.json")).unwrap();
    assert_eq!(page.items[0].display_name.as_ref().unwrap().len(), 1_000_000);
}

#[test]
fn not_json_is_an_invalid_response() {
    for name in ["html_200.json", "truncated.json"] {
        assert_eq!(decode_page::<Incident>(&corpus(name)).unwrap_err().kind, ErrorKind::InvalidResponse, "{name}");
    }
}
