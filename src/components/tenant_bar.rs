use leptos::prelude::*;

use crate::graph::client::{GraphClient, Token};
use crate::graph::demo;

/// Why a new connection cannot be added, in plain words.
fn refuse(candidate: &GraphClient, connected: &[GraphClient]) -> Option<&'static str> {
    let Some(tenant) = candidate.tenant_id() else {
        return Some("This token does not name its tenant (no tid claim), so it cannot be told apart.");
    };
    connected
        .iter()
        .any(|c| c.tenant_id().as_deref() == Some(tenant.as_str()))
        .then_some("That tenant is already connected.")
}

/// The connected tenants, with "Add tenant" (another token, e.g. an MSSP's next customer) and a way
/// to remove an added one. Each tenant's requests carry only its own token.
#[component]
pub fn TenantBar(client: RwSignal<Option<GraphClient>>, others: RwSignal<Vec<GraphClient>>) -> impl IntoView {
    let adding = RwSignal::new(false);
    let token = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let token_field = NodeRef::<leptos::html::Input>::new();
    let is_demo = move || client.with(|c| c.as_ref().is_some_and(GraphClient::is_demo));
    let add = move |candidate: GraphClient| {
        let mut connected: Vec<GraphClient> = client.get_untracked().into_iter().collect();
        connected.extend(others.get_untracked());
        if let Some(why) = refuse(&candidate, &connected) {
            message.set(why.to_owned());
            return;
        }
        message.set(format!("Added {}.", candidate.tenant_label()));
        others.update(|o| o.push(candidate));
        token.set(String::new());
        adding.set(false);
    };
    let connect_live = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(primary) = client.get_untracked() else { return };
        match Token::new(&token.get_untracked()) {
            Some(secret) => add(GraphClient::live(secret, primary.cloud, primary.version)),
            None => message.set("Paste the other tenant's access token first.".to_owned()),
        }
    };
    let add_demo = move |_| {
        let Some(primary) = client.get_untracked() else { return };
        let next = 1 + others.with_untracked(Vec::len);
        if next < demo::tenant_count() {
            add(GraphClient::demo_tenant(next, primary.version));
        } else {
            message.set("Every demo tenant is already connected.".to_owned());
        }
    };
    Effect::new(move |_| {
        if adding.get()
            && let Some(field) = token_field.get()
        {
            let _ = field.focus();
        }
    });
    let chips = move || {
        let mut all: Vec<(GraphClient, bool)> = client.get().into_iter().map(|c| (c, false)).collect();
        all.extend(others.get().into_iter().map(|c| (c, true)));
        all.into_iter()
            .map(|(c, removable)| {
                let label = c.tenant_label();
                let tenant = c.tenant_id();
                view! {
                    <li class="tenant-chip">
                        <span>{label.clone()}</span>
                        {removable.then(|| view! {
                            <button type="button" class="link-button" aria-label=format!("Remove {label}")
                                on:click=move |_| {
                                    others.update(|o| o.retain(|x| x.tenant_id() != tenant));
                                    message.set(format!("Removed {label}."));
                                }>"Remove"</button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="tenant-bar" aria-label="Tenants">
            <span class="tenant-bar-title">"Tenants:"</span>
            <ul class="tenant-chips">{chips}</ul>
            <button type="button" aria-expanded=move || adding.get().to_string()
                on:click=move |_| adding.update(|a| *a = !*a)>"Add tenant"</button>
            <Show when=move || adding.get()>
                {move || if is_demo() {
                    view! {
                        <button type="button" on:click=add_demo>"Add demo tenant"</button>
                    }.into_any()
                } else {
                    view! {
                        <form class="add-tenant" on:submit=connect_live autocomplete="off">
                            <label for="tenant-token">"Access token for another tenant"</label>
                            <input id="tenant-token" type="password" autocomplete="off" spellcheck="false" node_ref=token_field
                                prop:value=move || token.get() on:input=move |ev| token.set(event_target_value(&ev)) />
                            <button type="submit">"Connect tenant"</button>
                        </form>
                    }.into_any()
                }}
            </Show>
            <p role="status" class="hint">{move || message.get()}</p>
        </section>
    }
}
