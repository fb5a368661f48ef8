//! Alert evidence: polymorphic on `@odata.type`, summarised by its most useful name.
//!
//! Graph has ~48 evidence kinds and adds more; rather than 48 structs that would each drift, an
//! evidence item keeps its raw JSON and a table picks the field that names it for a human.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

use super::lenient;
use super::list_items::ListItem;

#[derive(Clone, Debug)]
pub struct Evidence {
    /// Short kind, e.g. `device` from `#microsoft.graph.security.deviceEvidence`.
    pub kind: String,
    pub verdict: Option<String>,
    pub remediation_status: Option<String>,
    pub roles: Vec<String>,
    /// The item as Graph sent it. Kept as text: a JSON tree per item took longer to build than the
    /// rest of a page and held much of the memory at 10,000 incidents. Read again only for its name.
    raw: Box<RawValue>,
}

// The other fields are read from `raw`; the same item may be spelled differently (key order, spacing).
impl PartialEq for Evidence {
    fn eq(&self, other: &Self) -> bool {
        self.raw.get() == other.raw.get() || self.tree() == other.tree()
    }
}

/// What every kind has, read from the text without building a tree (unknown fields are skipped).
#[derive(Default, Deserialize)]
struct Shared {
    #[serde(rename = "@odata.type", default, deserialize_with = "lenient::string_only")]
    odata_type: Option<String>,
    #[serde(default, deserialize_with = "lenient::string_only")]
    verdict: Option<String>,
    #[serde(rename = "remediationStatus", default, deserialize_with = "lenient::string_only")]
    remediation_status: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    roles: Vec<String>,
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
    /// Builds an evidence item from its JSON text; never fails (an odd item is of kind `unknown`).
    fn from_raw(raw: Box<RawValue>) -> Self {
        // A repeated key fails the quick read: the tree reads it as JSON does (the last one wins).
        let shared = serde_json::from_str::<Shared>(raw.get())
            .or_else(|_| serde_json::from_str::<Value>(raw.get()).map(|tree| shared_from_tree(&tree)))
            .unwrap_or_default();
        Evidence {
            kind: shared.odata_type.as_deref().map(kind_from_odata_type).unwrap_or_else(|| "unknown".to_owned()),
            verdict: shared.verdict,
            remediation_status: shared.remediation_status,
            roles: shared.roles,
            raw,
        }
    }

    /// The entity's most useful name (host name, UPN, IP, file name…), if it has one.
    pub fn name(&self) -> Option<String> {
        let raw = self.tree()?;
        let paths =
            NAME_PATHS.iter().find(|(kind, _)| *kind == self.kind).map(|(_, paths)| *paths).unwrap_or(FALLBACK_PATHS);
        paths.iter().find_map(|path| match raw.pointer(path)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    }

    /// The item as a JSON tree.
    fn tree(&self) -> Option<Value> {
        serde_json::from_str(self.raw.get()).ok()
    }
}

fn shared_from_tree(tree: &Value) -> Shared {
    let text = |key: &str| tree.get(key).and_then(Value::as_str).map(str::to_owned);
    let roles = tree
        .get("roles")
        .and_then(Value::as_array)
        .map(|roles| roles.iter().filter_map(|r| r.as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    Shared {
        odata_type: text("@odata.type"),
        verdict: text("verdict"),
        remediation_status: text("remediationStatus"),
        roles,
    }
}

/// `#microsoft.graph.security.deviceEvidence` → `device`; other shapes are kept as given.
pub fn kind_from_odata_type(odata_type: &str) -> String {
    let short = odata_type.rsplit('.').next().unwrap_or(odata_type);
    let short = short.strip_suffix("Evidence").unwrap_or(short);
    if short.is_empty() { "unknown".to_owned() } else { short.to_owned() }
}

impl<'de> Deserialize<'de> for Evidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Evidence::from_raw(Box::<RawValue>::deserialize(deserializer)?))
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
