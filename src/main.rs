fn main() {
    incident_viewer::panic_notice::install();
    leptos::mount::mount_to_body(incident_viewer::App);
}
