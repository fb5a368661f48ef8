//! Component tests in headless Chromium (wasm-bindgen-test): mount, click, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use incident_viewer::components::filter_panel::FilterPanel;
use incident_viewer::components::incident_card::IncidentCard;
use incident_viewer::graph::client::GraphClient;
use incident_viewer::graph::cloud::ApiVersion;
use incident_viewer::graph::demo::DemoTenant;
use incident_viewer::graph::enums::{IncidentStatus, Severity};
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;
use incident_viewer::graph::query::IncidentFilters;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("fixtures/incidents_v1.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn container() -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn fixture_incidents() -> Vec<Incident> {
    decode_page::<Incident>(FIXTURE).unwrap().items
}

fn find(parent: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    parent.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} not found")).unchecked_into()
}

fn all_text(parent: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = parent.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

fn button(parent: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlElement {
    let buttons = parent.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().starts_with(name))
        .unwrap_or_else(|| panic!("button {name} not found"))
}

/// Real timer sleep, so spawned futures and macrotasks get to run.
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn card_is_an_article_named_by_its_display_name_with_the_facts() {
    let parent = container();
    let incident = fixture_incidents().remove(0);
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        view! { <IncidentCard incident=incident.clone() client=GraphClient::demo(ApiVersion::V1) /> }
    });
    let article = find(&parent, "article.incident-card");
    let heading_id = article.get_attribute("aria-labelledby").unwrap();
    let heading = document().get_element_by_id(&heading_id).unwrap();
    assert!(heading.text_content().unwrap().starts_with("Multi-stage incident involving Initial access"));
    let text = article.text_content().unwrap();
    for expected in [
        "#2972395",
        "Medium severity",
        "Active",
        "True positive · Multi-staged attack",
        "Priority 91",
        "KaiC@contoso.onmicrosoft.com",
        "Demo",
        "Defender Experts",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    let times = parent.query_selector_all("time").unwrap();
    assert_eq!(times.length(), 2);
    let created: web_sys::Element = times.item(0).unwrap().unchecked_into();
    assert_eq!(created.get_attribute("datetime").as_deref(), Some("2021-08-13T08:43:35Z"));
    let link = find(&parent, "a.portal");
    assert!(link.get_attribute("href").unwrap().starts_with("https://security.microsoft.com/incidents/2972395"));
}

#[wasm_bindgen_test]
async fn expanding_shows_the_alerts_with_their_evidence() {
    let parent = container();
    let incident = fixture_incidents().remove(0);
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        view! { <IncidentCard incident=incident.clone() client=GraphClient::demo(ApiVersion::V1) /> }
    });
    let toggle = button(&parent, "Show alerts");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(parent.query_selector("ul[aria-label=Alerts]").unwrap().is_none());
    toggle.click();
    leptos::task::tick().await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(all_text(&parent, "ul[aria-label=Alerts] h4"), vec!["Suspicious execution of hidden file"]);
    let alert = find(&parent, "ul[aria-label=Alerts] > li").text_content().unwrap();
    for expected in [
        "Low severity",
        "Microsoft Defender for Endpoint · Antivirus",
        "Defense Evasion",
        "T1564.001",
        "tempDns",
        "MsSense.exe",
        "testUser@contoso.com",
        "Holographic",
        "HoloLens 7",
    ] {
        assert!(alert.contains(expected), "missing {expected:?} in {alert}");
    }
    toggle.click();
    leptos::task::tick().await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(parent.query_selector("ul[aria-label=Alerts]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn an_incident_without_alerts_fetches_them_on_expand() {
    // A demo incident listed without `$expand`: the card must ask `/incidents/{id}/alerts`.
    let demo = DemoTenant::new(chrono::Utc::now());
    let raw = demo.incidents()[0].clone();
    let expected = raw["alerts"].as_array().unwrap().len();
    let mut incident: Incident = serde_json::from_value(raw).unwrap();
    incident.alerts = None;
    let parent = container();
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        view! { <IncidentCard incident=incident.clone() client=GraphClient::demo(ApiVersion::V1) /> }
    });
    button(&parent, "Show alerts").click();
    for _ in 0..50 {
        if parent.query_selector("ul[aria-label=Alerts]").unwrap().is_some() {
            break;
        }
        sleep_ms(20).await;
    }
    assert_eq!(parent.query_selector_all("ul[aria-label=Alerts] > li").unwrap().length() as usize, expected);
}

#[wasm_bindgen_test]
async fn hostile_strings_render_as_text_and_bad_links_are_not_links() {
    let mut incident = fixture_incidents().remove(0);
    incident.display_name = Some("<img src=x onerror=alert(1)>".into());
    incident.incident_web_url = Some("javascript:alert(1)".into());
    let parent = container();
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        view! { <IncidentCard incident=incident.clone() client=GraphClient::demo(ApiVersion::V1) /> }
    });
    assert!(parent.query_selector("img").unwrap().is_none());
    assert_eq!(all_text(&parent, "h3"), vec!["<img src=x onerror=alert(1)>"]);
    assert!(parent.query_selector("a.portal").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn redirected_incident_says_where_it_went() {
    let incident = fixture_incidents().remove(1);
    let parent = container();
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        view! { <IncidentCard incident=incident.clone() client=GraphClient::demo(ApiVersion::V1) /> }
    });
    assert_eq!(all_text(&parent, ".redirect"), vec!["Merged into incident #2972395"]);
    assert_eq!(all_text(&parent, "h3"), vec!["Incident 2972396"]);
}

#[wasm_bindgen_test]
async fn filter_controls_report_typed_filters() {
    let parent = container();
    let filters = RwSignal::new(IncidentFilters::default());
    let search = RwSignal::new(String::new());
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        view! { <FilterPanel filters=filters on_change=move |f| filters.set(f) search /> }
    });
    let check = |group: &str, label: &str| {
        let fieldsets = parent.query_selector_all("fieldset").unwrap();
        let fieldset: web_sys::HtmlElement = (0..fieldsets.length())
            .map(|i| fieldsets.item(i).unwrap().unchecked_into::<web_sys::HtmlElement>())
            .find(|f| f.query_selector("legend").unwrap().unwrap().text_content().unwrap() == group)
            .unwrap();
        let labels = fieldset.query_selector_all("label").unwrap();
        let label: web_sys::HtmlElement = (0..labels.length())
            .map(|i| labels.item(i).unwrap().unchecked_into::<web_sys::HtmlElement>())
            .find(|l| l.text_content().unwrap().trim() == label)
            .unwrap();
        label.click();
    };
    check("Severity", "High");
    check("Severity", "Medium");
    check("Status", "Awaiting action");
    leptos::task::tick().await;
    let current = filters.get_untracked();
    assert_eq!(current.severities, vec![Severity::High, Severity::Medium]);
    assert_eq!(current.statuses, vec![IncidentStatus::AwaitingAction]);
    assert_eq!(
        current.expression().unwrap(),
        "status eq 'awaitingAction' and (severity eq 'high' or severity eq 'medium')"
    );
    check("Severity", "High");
    leptos::task::tick().await;
    assert_eq!(filters.get_untracked().severities, vec![Severity::Medium]);

    let owner: web_sys::HtmlInputElement = find(&parent, "#assigned-to").unchecked_into();
    owner.set_value("sean.o'brien@contoso.com");
    owner.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(filters.get_untracked().assigned_to.as_deref(), Some("sean.o'brien@contoso.com"));

    button(&parent, "Clear filters").click();
    leptos::task::tick().await;
    assert_eq!(filters.get_untracked(), IncidentFilters::default());
    let boxes = parent.query_selector_all("input[type=checkbox]").unwrap();
    let checked = (0..boxes.length())
        .filter(|&i| boxes.item(i).unwrap().unchecked_into::<web_sys::HtmlInputElement>().checked())
        .count();
    assert_eq!(checked, 0, "Clear filters unticks every box");
}

#[wasm_bindgen_test]
async fn evidence_table_groups_by_kind_with_verdict_remediation_and_roles() {
    use incident_viewer::components::evidence_table::EvidenceTable;
    use incident_viewer::graph::evidence::Evidence;
    let evidence: Vec<Evidence> = serde_json::from_value(serde_json::json!([
        {"@odata.type": "#microsoft.graph.security.deviceEvidence", "deviceDnsName": "<b>ws-1</b>", "verdict": "malicious",
         "remediationStatus": "remediated", "roles": ["compromised", "attacker"]},
        {"@odata.type": "#microsoft.graph.security.deviceEvidence", "hostName": "ws-2", "verdict": "suspicious"},
        {"@odata.type": "#microsoft.graph.security.brandNewEvidence", "displayName": "Novel"}
    ]))
    .unwrap();
    let parent = container();
    let _handle =
        leptos::mount::mount_to(parent.clone(), move || view! { <EvidenceTable evidence=evidence.clone() /> });
    assert_eq!(all_text(&parent, "caption"), ["Device (2)", "Brand New (1)"]);
    let first_row = all_text(&parent, "table:first-of-type tbody tr:first-child td");
    assert_eq!(first_row, ["<b>ws-1</b>", "Malicious", "Remediated", "Compromised, Attacker"]);
    assert!(parent.query_selector("b").unwrap().is_none(), "entity names are text, never markup");
    // Each entity's row is followed by one, hidden until the name is pressed, with all its item says.
    assert_eq!(all_text(&parent, "table:first-of-type tbody tr:nth-child(3) td"), ["ws-2", "Suspicious", "—", "—"]);
    let more = parent.query_selector("table:first-of-type tbody tr:nth-child(2)").unwrap().unwrap();
    assert!(more.has_attribute("hidden"));
    let name = parent.query_selector("table:first-of-type tbody tr:first-child button").unwrap().unwrap();
    assert_eq!(name.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(name.get_attribute("aria-controls"), Some(more.id()));
    name.unchecked_ref::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert!(!more.has_attribute("hidden"));
    assert_eq!(name.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(all_text(&parent, "table:first-of-type tbody tr:nth-child(2) dt"), ["Device DNS name"]);
    assert_eq!(all_text(&parent, "table:first-of-type tbody tr:nth-child(2) dd"), ["<b>ws-1</b>"]);
    assert!(parent.query_selector("b").unwrap().is_none(), "the item's values are text too");
}

#[wasm_bindgen_test]
async fn a_card_shows_its_tenant_and_a_change_mark_and_remembers_expansion() {
    use incident_viewer::list_marks::ListMarks;
    use incident_viewer::refresh::Change;
    let incident = fixture_incidents().remove(0);
    let id = incident.id.clone().unwrap();
    let marks = ListMarks::new();
    marks.changes.update(|c| {
        c.insert(id.clone(), Change::New);
    });
    let parent = container();
    let first = incident.clone();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        provide_context(marks);
        view! { <IncidentCard incident=first.clone() client=GraphClient::demo(ApiVersion::V1) tenant=Some("fabrikam.com".to_owned()) /> }
    });
    assert!(find(&parent, ".tenant-badge").text_content().unwrap().contains("fabrikam.com"));
    assert_eq!(find(&parent, ".change-badge").text_content().unwrap(), "New");
    button(&parent, "Show alerts").click();
    sleep_ms(10).await;
    drop(handle);
    // A card for the same incident, drawn again (as after a refresh), opens expanded.
    let again = container();
    let _handle = leptos::mount::mount_to(again.clone(), move || {
        provide_context(marks);
        view! { <IncidentCard incident=incident.clone() client=GraphClient::demo(ApiVersion::V1) /> }
    });
    assert_eq!(button(&again, "Show alerts").get_attribute("aria-expanded").as_deref(), Some("true"));
    marks.changes.update(|c| c.clear());
    sleep_ms(10).await;
    assert!(again.query_selector(".change-badge").unwrap().is_none(), "Mark all as seen removes the mark");
}

/// In the browser, text beyond ASCII is lower-cased by JavaScript: the same answers as Rust's tables.
#[wasm_bindgen_test]
fn search_lower_cases_unicode_through_javascript_like_rust() {
    use incident_viewer::search::lower_case;
    for text in ["ÉCOLE ΣΑΣ Straße", "İstanbul", "ǅemal ⅫⅠ", "Ｆｕｌｌｗｉｄｔｈ", "HOST-42 ok"] {
        assert_eq!(lower_case(text), text.to_lowercase(), "{text}");
    }
}

#[wasm_bindgen_test]
fn the_warm_up_draws_a_card_and_the_charts_off_the_page_and_lays_them_out_unseen() {
    use incident_viewer::warm_up::{decode_sample, draw_detached, lay_out_once};
    let cards_on_page = || document().query_selector_all("article.incident-card").unwrap().length();
    let before = cards_on_page();
    // Mounting the app starts Leptos' executor; this test may run before any mount did.
    let _mounted = leptos::mount::mount_to(document().create_element("div").unwrap().unchecked_into(), || ());
    let drawn = draw_detached(&Owner::new(), decode_sample().unwrap()).expect("the sample is drawn");
    assert!(!drawn.is_connected());
    assert_eq!(drawn.query_selector_all("article.incident-card").unwrap().length(), 1);
    assert!(drawn.query_selector(".summary-strip").unwrap().is_some());
    assert!(drawn.text_content().unwrap().contains("Sample"));
    assert_eq!(cards_on_page(), before);
    // Laid out once (to create its fonts) and taken away in the same task: the page never shows it.
    let children_before = document().body().unwrap().child_element_count();
    lay_out_once(&drawn);
    assert!(!drawn.is_connected());
    assert_eq!(drawn.get_attribute("aria-hidden").as_deref(), Some("true"));
    assert!(drawn.has_attribute("inert"));
    assert_eq!(document().body().unwrap().child_element_count(), children_before);
    assert_eq!(cards_on_page(), before);
}

#[wasm_bindgen_test]
async fn rows_taken_out_leave_the_list_at_once_and_are_disposed_of_when_idle() {
    use incident_viewer::stable_rows::StableRows;
    use std::sync::{Arc, Mutex};
    let _mounted = leptos::mount::mount_to(document().create_element("div").unwrap().unchecked_into(), || ());
    let list: web_sys::Element = document().create_element("ul").unwrap();
    let disposed = Arc::new(Mutex::new(Vec::new()));
    let owner = Owner::new();
    let mut rows = owner.with(StableRows::<u32>::new);
    let draw = |n: u32| {
        let disposed = disposed.clone();
        on_cleanup(move || disposed.lock().unwrap().push(n));
        view! { <span>{n}</span> }.into_any()
    };
    let texts = || all_text(list.unchecked_ref(), "li");
    let positions = || {
        let items = list.query_selector_all("li").unwrap();
        (0..items.length())
            .map(|i| items.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("aria-posinset"))
            .collect::<Vec<_>>()
    };
    rows.update(&list, vec![(1, 1), (2, 2), (3, 3)], (0, 3), draw);
    assert_eq!(texts(), ["1", "2", "3"]);
    let second = list.query_selector("li:nth-child(2)").unwrap().unwrap();

    rows.update(&list, vec![(2, 2), (3, 3), (4, 4)], (1, 4), draw);
    assert_eq!(texts(), ["2", "3", "4"], "row 1 is out of the list at once");
    assert_eq!(positions(), [Some("2".to_owned()), Some("3".to_owned()), Some("4".to_owned())]);
    assert!(second.is_same_node(list.first_element_child().as_ref().map(|e| e.as_ref())), "kept rows keep their node");
    assert!(disposed.lock().unwrap().is_empty(), "disposing of row 1 waits for an idle moment");

    // In an idle moment, or 500 ms at the latest (given slack here for a busy machine).
    let disposed_within = |count: usize| {
        let disposed = disposed.clone();
        async move {
            for _ in 0..40 {
                if disposed.lock().unwrap().len() >= count {
                    break;
                }
                sleep_ms(50).await;
            }
        }
    };
    disposed_within(1).await;
    assert_eq!(*disposed.lock().unwrap(), [1]);
    rows.update(&list, vec![], (0, 0), draw);
    assert!(texts().is_empty());
    disposed_within(4).await;
    disposed.lock().unwrap().sort();
    assert_eq!(*disposed.lock().unwrap(), [1, 2, 3, 4]);
}

#[wasm_bindgen_test]
fn a_row_holding_focus_hands_it_to_the_list_when_it_leaves() {
    use incident_viewer::stable_rows::StableRows;
    let _mounted = leptos::mount::mount_to(document().create_element("div").unwrap().unchecked_into(), || ());
    let parent = container();
    let list: web_sys::HtmlElement = document().create_element("ul").unwrap().unchecked_into();
    list.set_tab_index(-1);
    parent.append_child(&list).unwrap();
    let owner = Owner::new();
    let mut rows = owner.with(StableRows::<u32>::new);
    let draw = |n: u32| view! { <button type="button">{n}</button> }.into_any();
    rows.update(&list, vec![(1, 1), (2, 2), (3, 3)], (0, 3), draw);
    button(&list, "1").focus().unwrap();

    rows.update(&list, vec![(2, 2), (3, 3)], (1, 3), draw); // row 1, which holds focus, leaves
    let active = document().active_element().expect("something focused");
    assert!(active.is_same_node(Some(list.as_ref())), "the list holds focus, not the page");

    button(&list, "2").focus().unwrap();
    rows.update(&list, vec![(2, 2), (3, 3), (4, 4)], (1, 4), draw); // row 2 stays: so does focus
    assert_eq!(document().active_element().and_then(|a| a.text_content()).as_deref(), Some("2"));
    parent.remove();
}

#[wasm_bindgen_test]
async fn timeline_draws_its_first_300_events_and_says_how_many_there_are() {
    use incident_viewer::components::incident_timeline::IncidentTimeline;
    use incident_viewer::timeline::timeline;
    // 110 alerts, each with activity, raised and resolved: 330 events and the incident's creation.
    let alerts: Vec<serde_json::Value> = (0..110)
        .map(|n| {
            serde_json::json!({
                "title": format!("<i>Alert {n}</i>"),
                "firstActivityDateTime": format!("2026-11-20T{:02}:{:02}:00Z", n / 60, n % 60),
                "createdDateTime": format!("2026-11-21T{:02}:{:02}:00Z", n / 60, n % 60),
                "resolvedDateTime": format!("2026-11-22T{:02}:{:02}:00Z", n / 60, n % 60),
            })
        })
        .collect();
    let incident: Incident =
        serde_json::from_value(serde_json::json!({"createdDateTime": "2026-11-21T00:00:00Z", "alerts": alerts}))
            .unwrap();
    let events = timeline(&incident, incident.alerts.as_deref().unwrap());
    assert_eq!(events.len(), 331);
    let parent = container();
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        let offset = chrono::FixedOffset::east_opt(0).unwrap();
        view! { <IncidentTimeline events=events.clone() headline=Some("Activity began…".to_owned()) offset /> }
    });
    assert_eq!(parent.query_selector_all("ol.timeline > li").unwrap().length(), 300);
    let texts = all_text(&parent, "ol.timeline .timeline-text");
    assert_eq!(texts[0], "Activity began: “<i>Alert 0</i>” Go to alert");
    assert!(parent.query_selector("i").unwrap().is_none(), "titles are text, never markup");
    assert!(
        all_text(&parent, "p.hint").iter().any(|t| t == "The first 300 of 331 events; Export Markdown has them all.")
    );
    // No dated events: no section at all.
    let empty = container();
    let _empty = leptos::mount::mount_to(empty.clone(), || {
        view! { <IncidentTimeline events=Vec::new() headline=None offset=chrono::FixedOffset::east_opt(0).unwrap() /> }
    });
    assert!(empty.query_selector("section").unwrap().is_none());
}
