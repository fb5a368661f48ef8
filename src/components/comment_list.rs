use leptos::prelude::*;

use super::time_ago::TimeAgo;
use crate::graph::model::Comment;
use crate::timeline::comments_in_order;

/// The incident's comments, oldest first: who, when, what (as plain text).
#[component]
pub fn CommentList(comments: Vec<Comment>) -> impl IntoView {
    let count = comments.len();
    let comments: Vec<Comment> = comments_in_order(&comments).into_iter().cloned().collect();
    view! {
        <section class="detail-section" aria-labelledby="comments-heading">
            <h3 id="comments-heading">{format!("Comments ({count})")}</h3>
            {if comments.is_empty() {
                view! { <p class="muted">"No comments."</p> }.into_any()
            } else {
                view! {
                    <ul class="comments" aria-label="Comments">
                        {comments.into_iter().map(|c| view! {
                            <li class="comment">
                                <p class="comment-meta">
                                    <strong>{c.created_by_display_name.unwrap_or_else(|| "Unknown author".into())}</strong>
                                    " · "<TimeAgo at=c.created_date_time />
                                </p>
                                <p class="text-block">{c.comment.unwrap_or_default()}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
