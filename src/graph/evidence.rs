//! Alert evidence: polymorphic on `@odata.type`, summarised by its most useful name.
//!
//! Graph has ~48 evidence kinds and adds more; rather than 48 structs that would each drift, an
//! evidence item keeps its raw JSON and a table picks the field that names it for a human.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

use super::list_items::ListItem;

/// One evidence item, kept as the text Graph sent. A page holds ~150 of them that nothing shows until
/// an alert is opened: reading each into a JSON tree took longer than the rest of the page and held
/// most of the memory at 10,000 incidents. [`Evidence::details`] reads one when it is shown.
#[derive(Clone, Debug)]
pub struct Evidence {
    raw: Box<RawValue>,
}

/// What an evidence item says, read from its text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvidenceDetails {
    /// Short kind, e.g. `device` from `#microsoft.graph.security.deviceEvidence`; `unknown` without one.
    pub kind: String,
    /// The entity's most useful name (host name, UPN, IP, file name…), if it has one.
    pub name: Option<String>,
    pub verdict: Option<String>,
    pub remediation_status: Option<String>,
    pub roles: Vec<String>,
}

// The same item may be spelled differently (key order, spacing).
impl PartialEq for Evidence {
    fn eq(&self, other: &Self) -> bool {
        self.raw.get() == other.raw.get() || self.tree() == other.tree()
    }
}

/// For each kind, the JSON paths tried in order to name the entity.
const NAME_PATHS: &[(&str, &[&str])] = &[
    ("device", &["/deviceDnsName", "/hostName", "/mdeDeviceId", "/azureAdDeviceId"]),
    ("user", &["/userAccount/userPrincipalName", "/userAccount/displayName", "/userAccount/accountName"]),
    ("ip", &["/ipAddress"]),
    ("url", &["/url"]),
    ("file", &["/fileDetails/fileName", "/fileDetails/filePath", "/fileDetails/sha256"]),
    ("process", &["/imageFile/fileName", "/processCommandLine", "/processId"]),
    ("mailbox", &["/primaryAddress", "/upn", "/displayName"]),
    ("mailboxConfiguration", &["/mailboxPrimaryAddress", "/displayName", "/configurationType"]),
    ("analyzedMessage", &["/subject", "/p1Sender/emailAddress", "/networkMessageId"]),
    ("mailCluster", &["/clusterByValue", "/query", "/urn"]),
    ("submissionMail", &["/subject", "/sender"]),
    ("cloudApplication", &["/displayName", "/appId"]),
    ("oauthApplication", &["/displayName", "/appId"]),
    ("registryKey", &["/registryKey", "/registryHive"]),
    ("registryValue", &["/registryValueName", "/registryKey"]),
    ("azureResource", &["/resourceName", "/resourceId"]),
    ("amazonResource", &["/resourceName", "/amazonResourceId"]),
    ("googleCloudResource", &["/resourceName", "/fullResourceName"]),
    ("securityGroup", &["/displayName", "/friendlyName", "/sid"]),
    ("servicePrincipal", &["/servicePrincipalName", "/appId"]),
    ("malware", &["/name", "/category"]),
    ("fileHash", &["/value"]),
    ("dns", &["/domainName"]),
    ("networkConnection", &["/destinationAddress/ipAddress", "/sourceAddress/ipAddress"]),
    ("cloudLogonSession", &["/account/userAccount/userPrincipalName", "/sessionId"]),
    ("hostLogonSession", &["/account/userAccount/userPrincipalName", "/host/hostName", "/sessionId"]),
    ("blob", &["/name", "/url"]),
    ("blobContainer", &["/name", "/url"]),
    ("container", &["/name", "/containerId"]),
    ("kubernetesCluster", &["/name"]),
    ("kubernetesPod", &["/name"]),
    ("ioTDevice", &["/deviceName", "/deviceId"]),
    ("nic", &["/ipAddress/ipAddress", "/macAddress"]),
    ("teamsMessage", &["/subject", "/senderFromAddress"]),
    ("gitHubUser", &["/login", "/name"]),
    ("gitHubRepo", &["/owner", "/baseUrl"]),
    ("aiAgent", &["/agentName", "/agentId"]),
];

/// Fields tried for kinds missing from the table (including ones Graph adds later).
const FALLBACK_PATHS: &[&str] = &["/displayName", "/name", "/url", "/id"];

impl Evidence {
    /// Reads the item: anything that is not an object (or has no usable type) is of kind `unknown`;
    /// fields of the wrong type count as absent; a key repeated in the text keeps its last value.
    pub fn details(&self) -> EvidenceDetails {
        let tree = self.tree().unwrap_or(Value::Null);
        let text = |key: &str| tree.get(key).and_then(Value::as_str).map(str::to_owned);
        let kind = text("@odata.type").as_deref().map(kind_from_odata_type).unwrap_or_else(|| "unknown".to_owned());
        let paths = NAME_PATHS.iter().find(|(k, _)| *k == kind).map(|(_, paths)| *paths).unwrap_or(FALLBACK_PATHS);
        let name = paths.iter().find_map(|path| match tree.pointer(path)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
        let roles = tree
            .get("roles")
            .and_then(Value::as_array)
            .map(|roles| roles.iter().filter_map(|r| r.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        EvidenceDetails { name, verdict: text("verdict"), remediation_status: text("remediationStatus"), roles, kind }
    }

    /// Everything the item says, as labelled lines (see [`crate::evidence_fields`]).
    pub fn fields(&self) -> Vec<(String, String)> {
        crate::evidence_fields::evidence_fields(&self.tree().unwrap_or(Value::Null))
    }

    /// The item as a JSON tree.
    fn tree(&self) -> Option<Value> {
        serde_json::from_str(self.raw.get()).ok()
    }
}

/// `#microsoft.graph.security.deviceEvidence` → `device`; other shapes are kept as given.
pub fn kind_from_odata_type(odata_type: &str) -> String {
    let short = odata_type.rsplit('.').next().unwrap_or(odata_type);
    let short = short.strip_suffix("Evidence").unwrap_or(short);
    if short.is_empty() { "unknown".to_owned() } else { short.to_owned() }
}

// Only serde_json's readers (of text, or of a `Value`) can hand over an item's text: the types holding
// evidence must not be read through serde's buffering (`flatten`, untagged enums), which cannot.
impl<'de> Deserialize<'de> for Evidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Evidence { raw: Box::<RawValue>::deserialize(deserializer)? })
    }
}

// Any JSON value is an evidence item (an odd one has the kind `unknown`), so none is dropped.
impl ListItem for Evidence {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        Evidence::deserialize(d).map(Some)
    }
}

// Written as a tree, so a pretty export is indented throughout (the text as received otherwise).
impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.tree() {
            Some(tree) => tree.serialize(serializer),
            None => self.raw.serialize(serializer),
        }
    }
}
