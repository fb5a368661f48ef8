use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;

use crate::format::{absolute, iso};
use crate::graph::cloud::Cloud;
use crate::token_info::{countdown, inspect, warnings};

/// What the pasted token says about itself, decoded locally, with warnings before it is sent.
#[component]
pub fn TokenDetails(#[prop(into)] token: Signal<String>, #[prop(into)] cloud: Signal<Cloud>) -> impl IntoView {
    // A one-second tick for the expiry countdown, only while this panel exists.
    let now = RwSignal::new(Utc::now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(Utc::now()), Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }
    let offset = *chrono::Local::now().offset();
    let info = Memo::new(move |_| inspect(&token.get()));
    let found = move || warnings(&token.get(), cloud.get(), now.get());

    view! {
        <section class="token-details" aria-label="Token details" aria-live="polite">
            {move || info.get().map(|info| {
                let who = info.user.clone().map(|u| ("User", u)).or_else(|| info.app.clone().map(|a| ("App", a)));
                let permissions = if info.scopes.is_empty() { info.roles.join(" ") } else { info.scopes.join(" ") };
                let permission_kind = if info.scopes.is_empty() { "Roles" } else { "Scopes" };
                let expires = info.expires_at;
                view! {
                    <dl class="facts">
                        <dt>"Tenant"</dt><dd>{info.tenant_id.clone().unwrap_or_else(|| "—".into())}</dd>
                        {who.map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })}
                        <dt>"Audience"</dt><dd>{info.audience.clone().unwrap_or_else(|| "—".into())}</dd>
                        <dt>{permission_kind}</dt><dd>{if permissions.is_empty() { "none".to_owned() } else { permissions }}</dd>
                        {info.issued_at.map(|t| view! {
                            <dt>"Issued"</dt><dd><time datetime=iso(t)>{absolute(t, offset)}</time></dd>
                        })}
                        {expires.map(|t| view! {
                            <dt>"Expires"</dt>
                            <dd>
                                <time datetime=iso(t)>{absolute(t, offset)}</time>
                                " ("<span class="countdown">{move || countdown(t, now.get())}</span>")"
                            </dd>
                        })}
                    </dl>
                }
            })}
            <ul class="token-warnings">
                {move || found().into_iter().map(|w| view! {
                    <li class="warning">{w.message(cloud.get())}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
