use incident_viewer::evidence_fields::evidence_fields;
use incident_viewer::graph::evidence::Evidence;
use serde_json::{Value, json};

fn fields(item: Value) -> Vec<(String, String)> {
    evidence_fields(&item)
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

#[test]
fn a_process_says_its_command_line_image_and_account_with_people_words_in_the_names_order() {
    let item = json!({
        "@odata.type": "#microsoft.graph.security.processEvidence",
        "createdDateTime": "2026-11-29T10:00:00Z", "verdict": "malicious", "remediationStatus": "none",
        "roles": ["attacker"], "detailedRoles": [], "tags": [], "remediationStatusDetails": null,
        "processId": 4242, "processCommandLine": "powershell.exe -enc SQBFAFgA",
        "imageFile": {"@odata.type": "#microsoft.graph.security.fileDetails", "fileName": "powershell.exe",
            "filePath": "C:\\Windows\\System32\\WindowsPowerShell\\v1.0", "sha256": "9f86d081", "sha1": "", "md5": null},
        "userAccount": {"accountName": "alexw", "userSid": "S-1-5-21-1", "azureAdUserId": "aad-1"},
        "mdeDeviceId": "abc", "isElevated": true,
    });
    assert_eq!(
        fields(item),
        pairs(&[
            ("Created date time", "2026-11-29T10:00:00Z"),
            ("Image file › File name", "powershell.exe"),
            ("Image file › File path", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0"),
            ("Image file › SHA-256", "9f86d081"),
            ("Is elevated", "Yes"),
            ("MDE device ID", "abc"),
            ("Process command line", "powershell.exe -enc SQBFAFgA"),
            ("Process ID", "4242"),
            ("User account › Account name", "alexw"),
            ("User account › Azure AD user ID", "aad-1"),
            ("User account › User SID", "S-1-5-21-1"),
        ])
    );
}

#[test]
fn lists_of_values_join_and_lists_of_objects_are_numbered() {
    let item = json!({
        "deviceDnsName": "ws-042.contoso.local",
        "ipInterfaces": ["10.0.0.4", "fe80::1"],
        "loggedOnUsers": [{"accountName": "alexw", "domainName": "CONTOSO"}, {"accountName": "sam"}],
        "vmMetadata": {"cloudProvider": "azure", "vmId": "vm-1"},
        "single": [{"name": "only"}],
    });
    assert_eq!(
        fields(item),
        pairs(&[
            ("Device DNS name", "ws-042.contoso.local"),
            ("IP interfaces", "10.0.0.4, fe80::1"),
            ("Logged on users 1 › Account name", "alexw"),
            ("Logged on users 1 › Domain name", "CONTOSO"),
            ("Logged on users 2 › Account name", "sam"),
            ("Single › Name", "only"),
            ("VM metadata › Cloud provider", "azure"),
            ("VM metadata › VM ID", "vm-1"),
        ])
    );
}

#[test]
fn bad_and_hostile_input_is_bounded_text() {
    assert!(fields(json!(null)).is_empty());
    assert!(fields(json!("a string")).is_empty());
    assert!(fields(json!([1, 2])).is_empty());
    assert!(fields(json!({"verdict": "malicious", "roles": [], "x": null, "y": "  ", "z": {}, "w": []})).is_empty());
    let html = "<img src=x onerror=alert(1)>";
    assert_eq!(fields(json!({"displayName": html})), pairs(&[("Display name", html)]), "kept as text, drawn as text");
    // Deep nesting stops; many fields stop; long values are cut.
    let mut deep = json!("bottom");
    for _ in 0..20 {
        deep = json!({ "inner": deep });
    }
    assert!(fields(deep).is_empty(), "nothing within five levels");
    let many: serde_json::Map<String, Value> = (0..500).map(|i| (format!("field{i}"), json!(i))).collect();
    assert_eq!(fields(Value::Object(many)).len(), 80);
    let long = fields(json!({"processCommandLine": "a".repeat(10_000)}));
    assert_eq!(long[0].1.chars().count(), 2_001, "2,000 characters and an ellipsis");
    let wide = fields(json!({"list": vec!["x"; 5_000]}));
    assert_eq!(wide[0].1.chars().count(), 2_001);
}

#[test]
fn an_evidence_item_read_from_graph_text_gives_its_fields() {
    let item: Evidence = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.security.ipEvidence", "ipAddress": "203.0.113.9", "countryLetterCode": "NL"
    }))
    .unwrap();
    assert_eq!(item.fields(), pairs(&[("Country letter code", "NL"), ("IP address", "203.0.113.9")]));
}
