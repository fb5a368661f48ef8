fn main() {
    incident_viewer::panic_notice::install();
    incident_viewer::locale::adopt_browser_number_format();
    leptos::mount::mount_to_body(incident_viewer::App);
}
