//! The speakers of a session (P1.2): an editor adds a speaker to the panel or to the list of
//! speakers, moves one up or down, or removes one. The same editors as the session's
//! (`session::editable`); a refused speaker comes back on the session page with what was typed.
//! This module must never write except through the store's audited speaker writes.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Form, Router};
use treatydesk_store::StoreError;
use treatydesk_store::programme::Move;

use super::form::{SpeakerAction, SpeakerForm};
use super::session::{PageForms, back, editable, session_view};
use crate::ctx::Ctx;
use crate::views::programme::setting;
use crate::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{code}/meetings/{label}/programme/sessions/{id}/speakers",
            post(add_speaker),
        )
        .route(
            "/{code}/meetings/{label}/programme/sessions/{id}/speakers/{speaker}",
            post(speaker_action),
        )
}

pub async fn add_speaker(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id)): Path<(String, String, String)>,
    Form(sp): Form<SpeakerForm>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&sp.csrf)?;
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let x = editable(&ctx, &s, &id)?;
    let new = match sp.parse(&ctx) {
        Ok(new) => new,
        Err(sp_errors) => {
            return session_view(
                ctx,
                &s,
                x,
                PageForms {
                    sp,
                    sp_errors,
                    ..PageForms::default()
                },
            );
        }
    };
    let who = ctx.author(format!("programme of {}: add a speaker", s.meeting.label));
    match state
        .store
        .add_speaker(
            &who,
            &s.loaded.convention,
            &s.row(&state).await?,
            x.session.id,
            new,
        )
        .await
    {
        Ok(_) => Ok(back(&s, x.session.id)),
        Err(StoreError::Invalid(why)) => {
            let sp_errors = crate::views::findings::problems_in(ctx.lang, &why)
                .into_iter()
                .map(|w| ("name".to_string(), w))
                .collect();
            session_view(
                ctx,
                &s,
                x,
                PageForms {
                    sp,
                    sp_errors,
                    ..PageForms::default()
                },
            )
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn speaker_action(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((code, label, id, speaker)): Path<(String, String, String, String)>,
    Form(form): Form<SpeakerAction>,
) -> Result<Response, WebError> {
    ctx.check_csrf(&form.csrf)?;
    let s = setting(&state, &code, &label).await?.read_by(&ctx);
    let x = editable(&ctx, &s, &id)?;
    let speaker: i64 = speaker
        .parse()
        .map_err(|_| WebError::NotFound(format!("speaker {speaker}")))?;
    let (c, m, sid) = (&s.loaded.convention, &s.row(&state).await?, x.session.id);
    let who = ctx.author(format!(
        "programme of {}: the speakers of a session",
        s.meeting.label
    ));
    match form.action.as_str() {
        "up" => {
            state
                .store
                .move_speaker(&who, c, m, sid, speaker, Move::Up)
                .await?
        }
        "down" => {
            state
                .store
                .move_speaker(&who, c, m, sid, speaker, Move::Down)
                .await?
        }
        "remove" => state.store.remove_speaker(&who, c, m, sid, speaker).await?,
        _ => {
            return Err(WebError::BadRequest(
                "choose to move the speaker up or down, or to remove them".into(),
            ));
        }
    }
    Ok(back(&s, sid))
}
