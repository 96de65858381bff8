-- Personal API tokens: a point of sale or an integration calls the API with "Authorization: Bearer
-- <token>" instead of a session (no cookie, no CSRF, no session row read and written per call). Only
-- a SHA-256 of the token is kept; the token itself is shown once, when it is made.
create table identity_api_token (
  id           uuid primary key,
  account_id   uuid not null references identity_account (id) on delete cascade,
  name         text not null,
  token_hash   text not null,
  created_at   timestamp with time zone not null,
  last_used_on date,
  revoked_at   timestamp with time zone,
  constraint identity_api_token_hash_uk unique (token_hash),
  constraint identity_api_token_name_ck check (length(trim(name)) between 1 and 80)
);
create index identity_api_token_account_idx on identity_api_token (account_id);
