use incident_viewer::page_title::{APP_NAME, page_title};

#[test]
fn the_tab_says_what_changed_and_which_incident_is_open() {
    assert_eq!(page_title("", None), APP_NAME);
    assert_eq!(page_title("2 new, 1 updated", None), "(2 new, 1 updated) Incident Viewer");
    assert_eq!(page_title("", Some("#2760 Impossible travel")), "#2760 Impossible travel · Incident Viewer");
    assert_eq!(page_title("1 new", Some("  #7 <b>x</b>  ")), "(1 new) #7 <b>x</b> · Incident Viewer");
    assert_eq!(page_title("", Some("   ")), APP_NAME);
}
