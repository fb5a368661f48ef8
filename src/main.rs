fn main() {
    incident_viewer::panic_notice::install();
    incident_viewer::locale::adopt_browser_number_format();
    // Read (and removed) before the app mounts, given to it right after: no paint in between.
    let start_screen = incident_viewer::start_screen::take();
    leptos::mount::mount_to_body(incident_viewer::App);
    if let Some(handover) = start_screen {
        incident_viewer::start_screen::hand_over(handover);
    }
}
