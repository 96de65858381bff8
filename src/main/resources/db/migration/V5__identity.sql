-- Roles are data: later capabilities add theirs (cashier, jury member, label verifier) by migration.
-- A role's scope says what a grant of it is tied to: nothing, a party (her cooperative), or a
-- territory (his region; none meaning the whole country).
create table identity_role (
  code       text primary key,
  scope      text not null,
  sort_order int not null,
  constraint identity_role_scope_ck check (scope in ('GLOBAL', 'PARTY', 'TERRITORY'))
);
insert into identity_role (code, scope, sort_order) values
  ('ADMIN', 'GLOBAL', 10),
  ('REGISTRAR', 'TERRITORY', 20),
  ('COOP_MANAGER', 'PARTY', 30),
  ('MEMBER', 'PARTY', 40),
  ('ORGANISER', 'TERRITORY', 50),
  ('PROGRAMME_OFFICER', 'PARTY', 60),
  ('PUBLIC_BUYER', 'PARTY', 70),
  ('ANALYST', 'TERRITORY', 80);

create table identity_account (
  id            uuid primary key,
  email         text,
  phone         text,
  display_name  text not null,
  password_hash text,
  locale        text not null default 'ar',
  enabled       boolean not null default true,
  synthetic     boolean not null default false,
  created_at    timestamp with time zone not null,
  last_login_at timestamp with time zone,
  constraint identity_account_contact_ck check (email is not null or phone is not null),
  constraint identity_account_email_ck check (email = lower(email) and email like '%_@_%'),
  constraint identity_account_phone_ck check (phone ~ '^\+212[5-8][0-9]{8}$'),
  constraint identity_account_locale_ck check (locale in ('ar', 'fr', 'en'))
);
create unique index identity_account_email_uk on identity_account (email);
create unique index identity_account_phone_uk on identity_account (phone);

create table identity_grant (
  id           bigint generated always as identity primary key,
  account_id   uuid not null references identity_account (id) on delete cascade,
  role_code    text not null references identity_role (code),
  party_id     uuid references party_party (id),
  territory_id bigint references geo_territory (id),
  granted_at   timestamp with time zone not null,
  granted_by   uuid references identity_account (id),
  constraint identity_grant_uk unique nulls not distinct (account_id, role_code, party_id, territory_id)
);
create index identity_grant_party_idx on identity_grant (party_id);

-- Failed logins by identifier (known or not), to slow down password guessing on every instance.
create table identity_login_failure (
  id          bigint generated always as identity primary key,
  identifier  text not null,
  failed_at   timestamp with time zone not null,
  remote_addr text
);
create index identity_login_failure_identifier_idx on identity_login_failure (identifier, failed_at);

-- One-time links to set a password (reset or invitation); only a hash of the token is kept.
create table identity_password_token (
  token_hash text primary key,
  account_id uuid not null references identity_account (id) on delete cascade,
  purpose    text not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at    timestamp with time zone,
  constraint identity_password_token_purpose_ck check (purpose in ('RESET', 'INVITATION'))
);
