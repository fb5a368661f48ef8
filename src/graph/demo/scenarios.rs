//! What each demo incident is about: its name, the alerts such an incident gathers (in the order the
//! attack unfolds) and the evidence they carry, so that opening a demo incident tells one story — an
//! "Impossible travel" incident holds sign-in alerts about a user and an IP, not a registry key.

/// The product that raised an alert: Graph's `serviceSource` and `detectionSource`.
#[derive(Clone, Copy)]
pub struct Detector {
    pub service: &'static str,
    pub detection: &'static str,
}

const ENDPOINT: Detector =
    Detector { service: "microsoftDefenderForEndpoint", detection: "microsoftDefenderForEndpoint" };
const OFFICE: Detector =
    Detector { service: "microsoftDefenderForOffice365", detection: "microsoftDefenderForOffice365" };
const IDENTITY: Detector =
    Detector { service: "microsoftDefenderForIdentity", detection: "microsoftDefenderForIdentity" };
const CLOUD_APPS: Detector = Detector { service: "microsoftDefenderForCloudApps", detection: "cloudAppSecurity" };
const ENTRA: Detector = Detector { service: "azureAdIdentityProtection", detection: "azureAdIdentityProtection" };
const SENTINEL: Detector = Detector { service: "microsoftSentinel", detection: "scheduledAlerts" };
/// A product newer than this build: the app must show its name verbatim.
pub const UNKNOWN_DETECTOR: Detector = Detector { service: "microsoftQuantumDefense", detection: "quantumHeuristics" };

#[derive(Clone, Copy)]
pub struct AlertKind {
    pub title: &'static str,
    pub category: &'static str,
    pub technique: &'static str,
    pub detector: Detector,
}

const fn alert(title: &'static str, category: &'static str, technique: &'static str, detector: Detector) -> AlertKind {
    AlertKind { title, category, technique, detector }
}

/// A process as evidence shows it: image name, folder, command line (an `-enc ` line gets a random
/// payload appended).
pub type Process = (&'static str, &'static str, &'static str);

const POWERSHELL: Process =
    ("powershell.exe", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0", "powershell.exe -nop -w hidden -enc ");
const WORD_MACRO: Process = (
    "WINWORD.EXE",
    "C:\\Program Files\\Microsoft Office\\root\\Office16",
    "\"WINWORD.EXE\" /n \"C:\\Users\\meganb\\Downloads\\invoice_0912.docm\"",
);
const SHADOW_DELETE: Process = ("vssadmin.exe", "C:\\Windows\\System32", "vssadmin.exe delete shadows /all /quiet");
const MIMIKATZ: Process =
    ("mimikatz.exe", "C:\\Windows\\Temp", "mimikatz.exe \"privilege::debug\" \"sekurlsa::logonpasswords\" exit");
const PROCDUMP: Process =
    ("procdump64.exe", "C:\\Users\\Public", "procdump64.exe -accepteula -ma lsass.exe C:\\Users\\Public\\l.dmp");

#[derive(Clone, Copy)]
pub struct Scenario {
    pub name: &'static str,
    /// In the order the attack unfolds; an incident takes the first few.
    pub alerts: &'static [AlertKind],
    /// `@odata.type` stems of the evidence its alerts carry.
    pub evidence: &'static [&'static str],
    /// Several devices or users ("…on multiple endpoints"): each alert is about its own.
    pub spread: bool,
    /// Devices it happens on; empty: any workstation.
    pub hosts: &'static [&'static str],
    pub files: &'static [(&'static str, &'static str)],
    pub processes: &'static [Process],
    pub response: &'static Response,
}

/// How a kind of incident is worked: what analysts write in its comments, and what Graph's beta
/// recommends and would hunt with.
pub struct Response {
    pub notes: &'static [&'static str],
    pub actions: &'static str,
    pub hunting: &'static str,
}

const ON_DEVICES: Response = Response {
    notes: &[
        "Isolated the device pending investigation.",
        "Escalated to tier 2.",
        "Collected an investigation package.",
    ],
    actions: "Isolate the affected devices, run a full antivirus scan, and block the listed files and IP addresses.",
    hunting: "DeviceProcessEvents | where FileName in~ (\"powershell.exe\", \"mimikatz.exe\", \"vssadmin.exe\") | where ProcessCommandLine has_any (\"-enc\", \"sekurlsa\", \"delete shadows\")",
};
const ON_ACCOUNTS: Response = Response {
    notes: &[
        "User confirmed they did not sign in.",
        "Reset the password and revoked sessions.",
        "Escalated to tier 2.",
    ],
    actions: "Reset the user's credentials, revoke their sessions, and require multifactor authentication.",
    hunting: "AADSignInEventsBeta | where ErrorCode == 0 | where RiskLevelDuringSignIn >= 50 | summarize count() by AccountUpn, IPAddress, Country",
};
const IN_MAIL: Response = Response {
    notes: &[
        "Blocked the sender domain.",
        "Purged the message from all mailboxes.",
        "User confirmed they did not click.",
    ],
    actions: "Soft-delete the message from every mailbox, block the sender, and remove any inbox rules the user did not create.",
    hunting: "EmailEvents | where SenderFromDomain == \"contoso-helpdesk.example\" | join kind=inner UrlClickEvents on NetworkMessageId",
};
const IN_APPS: Response = Response {
    notes: &["Disabled the app and revoked its consent.", "Escalated to tier 2.", "Checked the app's sign-in logs."],
    actions: "Disable the app, revoke its consents and credentials, and review what it accessed.",
    hunting: "CloudAppEvents | where ActionType in (\"Consent to application.\", \"Add service principal credentials.\")",
};

/// What a scenario is unless it says otherwise: about one user, device and IP, on any workstation,
/// with no files or processes.
const BARE: Scenario = Scenario {
    name: "",
    alerts: &[],
    evidence: &[],
    spread: false,
    hosts: &[],
    files: &[],
    processes: &[],
    response: &ON_ACCOUNTS,
};

pub const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "Multi-stage incident involving Initial access & Execution on one endpoint",
        alerts: &[
            alert("Suspicious behavior by Office application", "Execution", "T1204.002", ENDPOINT),
            alert("Suspicious PowerShell command line", "Execution", "T1059.001", ENDPOINT),
            alert("Suspicious registry Run key persistence", "Persistence", "T1547.001", ENDPOINT),
            alert("Connection to a known command and control server", "CommandAndControl", "T1071.001", ENDPOINT),
        ],
        evidence: &["device", "file", "process", "registryKey", "ip", "user"],
        files: &[("invoice_0912.docm", "C:\\Users\\meganb\\Downloads"), ("update.ps1", "C:\\ProgramData")],
        processes: &[WORD_MACRO, POWERSHELL],
        response: &ON_DEVICES,
        ..BARE
    },
    Scenario {
        name: "Suspicious PowerShell activity on multiple endpoints",
        alerts: &[
            alert("Suspicious PowerShell command line", "Execution", "T1059.001", ENDPOINT),
            alert("Suspicious PowerShell download or encoded command execution", "DefenseEvasion", "T1027", ENDPOINT),
            alert("Connection to a known command and control server", "CommandAndControl", "T1071.001", ENDPOINT),
        ],
        evidence: &["device", "process", "file", "ip"],
        spread: true,
        files: &[("update.ps1", "C:\\ProgramData"), ("payload.dll", "C:\\Users\\Public")],
        processes: &[POWERSHELL],
        response: &ON_DEVICES,
        ..BARE
    },
    Scenario {
        name: "Email reported by user as malware or phish involving one user",
        alerts: &[
            alert("Email reported by user as malware or phish", "InitialAccess", "T1566", OFFICE),
            alert(
                "Email messages containing malicious URL removed after delivery",
                "InitialAccess",
                "T1566.002",
                OFFICE,
            ),
            alert("A potentially malicious URL click was detected", "InitialAccess", "T1566.002", OFFICE),
        ],
        evidence: &["mailbox", "analyzedMessage", "url", "user"],
        response: &IN_MAIL,
        ..BARE
    },
    Scenario {
        name: "Ransomware activity detected on multiple endpoints",
        alerts: &[
            alert("Suspicious SMB lateral movement", "LateralMovement", "T1021.002", ENDPOINT),
            alert("File backups were deleted", "Impact", "T1490", ENDPOINT),
            alert("Ransomware behaviour detected in the file system", "Impact", "T1486", ENDPOINT),
        ],
        evidence: &["device", "file", "process", "user"],
        spread: true,
        hosts: &["fin-laptop-042", "srv-sql-01", "hr-ws-118", "desktop-7k2l9qa"],
        files: &[("README-RECOVER.txt", "C:\\Users\\Public\\Documents"), ("payload.dll", "C:\\Users\\Public")],
        processes: &[SHADOW_DELETE],
        response: &ON_DEVICES,
    },
    Scenario {
        name: "Credential theft attempt via LSASS access",
        alerts: &[
            alert("Possible credential dumping via LSASS memory", "CredentialAccess", "T1003.001", ENDPOINT),
            alert("Malicious credential theft tool execution detected", "CredentialAccess", "T1003", ENDPOINT),
        ],
        evidence: &["device", "process", "file", "user"],
        files: &[("mimikatz.exe", "C:\\Windows\\Temp"), ("procdump64.exe", "C:\\Users\\Public")],
        processes: &[MIMIKATZ, PROCDUMP],
        response: &ON_DEVICES,
        ..BARE
    },
    Scenario {
        name: "Anomalous token usage from an unfamiliar location",
        alerts: &[
            alert("Anomalous Token", "CredentialAccess", "T1550.001", ENTRA),
            alert("Unfamiliar sign-in properties", "InitialAccess", "T1078", ENTRA),
        ],
        evidence: &["user", "ip", "cloudApplication"],
        response: &ON_ACCOUNTS,
        ..BARE
    },
    Scenario {
        name: "Impossible travel activity involving one user",
        alerts: &[
            alert("Impossible travel activity", "InitialAccess", "T1078", CLOUD_APPS),
            alert("Anonymous IP address sign-in", "InitialAccess", "T1078", ENTRA),
        ],
        evidence: &["user", "ip", "cloudApplication"],
        response: &ON_ACCOUNTS,
        ..BARE
    },
    Scenario {
        name: "Mass download by a single user",
        alerts: &[
            alert("Mass download by a single user", "Exfiltration", "T1530", CLOUD_APPS),
            alert("Unusual file download activity", "Exfiltration", "T1567", CLOUD_APPS),
        ],
        evidence: &["user", "ip", "cloudApplication", "file"],
        files: &[
            ("Q3-forecast.xlsx", "https://contoso.sharepoint.com/sites/Finance"),
            ("payroll-2026.csv", "https://contoso.sharepoint.com/sites/HR"),
        ],
        response: &ON_ACCOUNTS,
        ..BARE
    },
    Scenario {
        name: "Suspicious inbox forwarding rule created",
        alerts: &[
            alert("Suspicious inbox forwarding", "Exfiltration", "T1114.003", CLOUD_APPS),
            alert("Suspicious inbox manipulation rule", "DefenseEvasion", "T1564.008", CLOUD_APPS),
        ],
        evidence: &["mailbox", "user", "ip", "cloudApplication"],
        response: &IN_MAIL,
        ..BARE
    },
    Scenario {
        name: "BEC financial fraud involving one user",
        alerts: &[
            alert("Email reported by user as malware or phish", "InitialAccess", "T1566", OFFICE),
            alert("Suspicious inbox manipulation rule", "DefenseEvasion", "T1564.008", CLOUD_APPS),
            alert("BEC financial fraud", "Collection", "T1114.002", CLOUD_APPS),
        ],
        evidence: &["mailbox", "analyzedMessage", "user", "ip"],
        response: &IN_MAIL,
        ..BARE
    },
    Scenario {
        name: "Defender for Identity: Suspected DCSync attack",
        alerts: &[
            alert(
                "Suspected DCSync attack (replication of directory services)",
                "CredentialAccess",
                "T1003.006",
                IDENTITY,
            ),
            alert("Suspected identity theft (pass-the-ticket)", "LateralMovement", "T1550.003", IDENTITY),
        ],
        evidence: &["device", "user", "ip"],
        hosts: &["dc01", "srv-sql-01"],
        response: &ON_ACCOUNTS,
        ..BARE
    },
    Scenario {
        name: "Activity from a Tor IP address",
        alerts: &[
            alert("Activity from a Tor IP address", "CommandAndControl", "T1090.003", CLOUD_APPS),
            alert("Anonymous IP address sign-in", "InitialAccess", "T1078", ENTRA),
        ],
        evidence: &["user", "ip", "cloudApplication"],
        response: &ON_ACCOUNTS,
        ..BARE
    },
    Scenario {
        name: "Malicious OAuth app consented to by a user",
        alerts: &[
            alert("Unusual OAuth application consent", "CredentialAccess", "T1528", CLOUD_APPS),
            alert("OAuth app reading mail after consent", "Collection", "T1114.002", CLOUD_APPS),
        ],
        evidence: &["oauthApplication", "user", "cloudApplication"],
        response: &IN_APPS,
        ..BARE
    },
    Scenario {
        name: "Password spray attack against multiple users",
        alerts: &[
            alert("Password spray", "CredentialAccess", "T1110.003", ENTRA),
            alert("Suspected brute-force attack (LDAP)", "CredentialAccess", "T1110", IDENTITY),
            alert("Successful sign-in after a password spray", "InitialAccess", "T1078", SENTINEL),
        ],
        evidence: &["user", "ip"],
        spread: true,
        response: &ON_ACCOUNTS,
        ..BARE
    },
    Scenario {
        name: "Unusual addition of credentials to an OAuth app",
        alerts: &[
            alert("Unusual addition of credentials to an OAuth app", "Persistence", "T1098.001", CLOUD_APPS),
            alert("Service principal credentials added by a new user", "Persistence", "T1098.001", SENTINEL),
        ],
        evidence: &["oauthApplication", "user", "ip"],
        response: &IN_APPS,
        ..BARE
    },
];

/// Names Graph may send that an app must show safely, each with the scenario it is about.
pub const ODD_NAMES: &[(&str, usize)] = &[
    ("<img src=x onerror=alert(1)> rendered as text, never as HTML", 0),
    ("اشتباه به فیشینگ — Phishing campaign (right-to-left text)", 2),
    ("Überwachung: verdächtige Anmeldung 🛡️", 5),
];
