//! The browser tab's title. An analyst keeps the app in a background tab all shift: the title says
//! what auto-refresh found since they last looked ("(2 new) Incident Viewer"), and, on an incident's
//! page, which incident it is (for the tab strip, history and bookmarks).

use leptos::prelude::*;

use crate::list_marks::use_marks;
use crate::refresh::change_summary;

pub const APP_NAME: &str = "Incident Viewer";

/// The incident open on its page, as the title names it; set by the page while it is shown.
#[derive(Clone, Copy)]
pub struct OpenIncidentTitle(pub RwSignal<Option<String>>);

/// "(2 new, 1 updated) #2760 Impossible travel … · Incident Viewer".
pub fn page_title(changes: &str, incident: Option<&str>) -> String {
    let mut title = String::new();
    if !changes.is_empty() {
        title.push_str(&format!("({changes}) "));
    }
    if let Some(incident) = incident.filter(|i| !i.trim().is_empty()) {
        title.push_str(incident.trim());
        title.push_str(" · ");
    }
    title.push_str(APP_NAME);
    title
}

/// Keeps the tab's title in step while connected; gives the plain name back when the page goes.
pub fn follow_page_title() -> OpenIncidentTitle {
    let marks = use_marks();
    let incident = OpenIncidentTitle(RwSignal::new(None));
    let set = |title: &str| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    };
    Effect::new(move |_| {
        let changes = marks.changes.with(change_summary);
        incident.0.with(|open| set(&page_title(&changes, open.as_deref())));
    });
    on_cleanup(move || set(APP_NAME));
    incident
}
