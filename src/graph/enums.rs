//! Graph's evolvable enums, decoded tolerantly.
//!
//! Every enum keeps values it does not know (`Unrecognized`) instead of failing the page, accepts
//! PascalCase from older samples, and round-trips through `as_str` for URLs and `$filter`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares an enum with known members (Graph wire name, label) and an `Unrecognized(String)` fallback.
macro_rules! graph_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => ($wire:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
            /// A value this build does not know (e.g. added after `unknownFutureValue`); kept verbatim.
            Unrecognized(String),
        }

        impl $name {
            /// Every known member, in the order Graph documents them.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The camelCase wire value Graph uses in JSON and `$filter`.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Unrecognized(raw) => raw,
                }
            }

            /// A short human label; unknown values are shown as received.
            pub fn label(&self) -> &str {
                match self {
                    $($name::$variant => $label,)+
                    $name::Unrecognized(raw) => raw,
                }
            }

            /// Parses a wire value case-insensitively (so `"Active"` from old samples works).
            pub fn parse(raw: &str) -> Self {
                $(if raw.eq_ignore_ascii_case($wire) { return $name::$variant; })+
                $name::Unrecognized(raw.to_owned())
            }

            /// Parses only known members; used for values arriving from the page URL.
            pub fn parse_known(raw: &str) -> Option<Self> {
                match Self::parse(raw) {
                    $name::Unrecognized(_) => None,
                    known => Some(known),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // Anything that is not a string (a number, an object) is kept as text, not an error.
                let value = serde_json::Value::deserialize(deserializer)?;
                Ok(match value {
                    serde_json::Value::String(raw) => $name::parse(&raw),
                    other => $name::Unrecognized(other.to_string()),
                })
            }
        }
    };
}

graph_enum!(
    /// `microsoft.graph.security.alertSeverity`
    Severity {
        High => ("high", "High"),
        Medium => ("medium", "Medium"),
        Low => ("low", "Low"),
        Informational => ("informational", "Informational"),
        Unknown => ("unknown", "Unknown"),
        UnknownFutureValue => ("unknownFutureValue", "Unknown future value"),
    }
);

graph_enum!(
    /// `microsoft.graph.security.incidentStatus`
    IncidentStatus {
        Active => ("active", "Active"),
        InProgress => ("inProgress", "In progress"),
        Resolved => ("resolved", "Resolved"),
        Redirected => ("redirected", "Redirected"),
        AwaitingAction => ("awaitingAction", "Awaiting action"),
        UnknownFutureValue => ("unknownFutureValue", "Unknown future value"),
    }
);

graph_enum!(
    /// `microsoft.graph.security.alertStatus`
    AlertStatus {
        New => ("new", "New"),
        InProgress => ("inProgress", "In progress"),
        Resolved => ("resolved", "Resolved"),
        Unknown => ("unknown", "Unknown"),
        UnknownFutureValue => ("unknownFutureValue", "Unknown future value"),
    }
);

graph_enum!(
    /// `microsoft.graph.security.alertClassification`
    Classification {
        Unknown => ("unknown", "Not set"),
        FalsePositive => ("falsePositive", "False positive"),
        TruePositive => ("truePositive", "True positive"),
        InformationalExpectedActivity => ("informationalExpectedActivity", "Informational, expected activity"),
        UnknownFutureValue => ("unknownFutureValue", "Unknown future value"),
    }
);

graph_enum!(
    /// `microsoft.graph.security.alertDetermination`
    Determination {
        Unknown => ("unknown", "Not set"),
        Apt => ("apt", "APT"),
        Malware => ("malware", "Malware"),
        SecurityPersonnel => ("securityPersonnel", "Security personnel"),
        SecurityTesting => ("securityTesting", "Security testing"),
        UnwantedSoftware => ("unwantedSoftware", "Unwanted software"),
        Other => ("other", "Other"),
        MultiStagedAttack => ("multiStagedAttack", "Multi-staged attack"),
        CompromisedAccount => ("compromisedAccount", "Compromised account"),
        Phishing => ("phishing", "Phishing"),
        MaliciousUserActivity => ("maliciousUserActivity", "Malicious user activity"),
        NotMalicious => ("notMalicious", "Not malicious"),
        NotEnoughDataToValidate => ("notEnoughDataToValidate", "Not enough data to validate"),
        ConfirmedActivity => ("confirmedActivity", "Confirmed activity"),
        LineOfBusinessApplication => ("lineOfBusinessApplication", "Line-of-business application"),
        UnknownFutureValue => ("unknownFutureValue", "Unknown future value"),
    }
);

impl Severity {
    /// CSS class suffix for the colour; text always accompanies it.
    pub fn css(&self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Informational => "informational",
            _ => "unknown",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_round_trip_through_wire_names() {
        for status in IncidentStatus::KNOWN {
            assert_eq!(&IncidentStatus::parse(status.as_str()), status);
        }
        for determination in Determination::KNOWN {
            assert_eq!(&Determination::parse(determination.as_str()), determination);
        }
    }

    #[test]
    fn pascal_case_from_old_samples_is_accepted() {
        assert_eq!(IncidentStatus::parse("Active"), IncidentStatus::Active);
        assert_eq!(Severity::parse("High"), Severity::High);
        assert_eq!(Classification::parse("TruePositive"), Classification::TruePositive);
    }

    #[test]
    fn unknown_values_are_kept_verbatim() {
        let value: Severity = serde_json::from_str("\"catastrophic\"").unwrap();
        assert_eq!(value, Severity::Unrecognized("catastrophic".into()));
        assert_eq!(value.label(), "catastrophic");
        assert_eq!(Severity::parse_known("catastrophic"), None);
        let numeric: IncidentStatus = serde_json::from_str("64").unwrap();
        assert_eq!(numeric, IncidentStatus::Unrecognized("64".into()));
    }

    #[test]
    fn serializes_to_wire_name() {
        assert_eq!(serde_json::to_string(&IncidentStatus::InProgress).unwrap(), "\"inProgress\"");
    }
}
