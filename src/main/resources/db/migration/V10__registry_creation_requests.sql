-- Online creation of a cooperative: a request is a draft saved at every step, then submitted to the
-- registrar, who asks for changes or approves and records the number of the court's local register.
create sequence registry_creation_file_seq;

create table registry_creation_request (
  id                  uuid primary key,
  file_number         text not null,
  applicant_id        uuid not null references identity_account (id),
  status              text not null,
  proposed_name_ar    text,
  proposed_name_fr    text,
  object              text,
  value_chain_code    text references registry_value_chain (code),
  commune_id          bigint references geo_territory (id),
  address             text,
  share_value         numeric(12, 2),
  statutes_accepted   boolean not null default false,
  assembly_date       date,
  assembly_place      text,
  registration_number text,
  registration_court  text,
  actor_id            uuid references registry_actor (party_id),
  created_at          timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  submitted_at        timestamp with time zone,
  version             int not null default 0,
  constraint registry_creation_request_file_uk unique (file_number),
  constraint registry_creation_request_status_ck check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REGISTERED')),
  constraint registry_creation_request_share_ck check (share_value is null or share_value > 0)
);
create index registry_creation_request_applicant_idx on registry_creation_request (applicant_id);
create index registry_creation_request_status_idx on registry_creation_request (status);

create table registry_creation_founder (
  id          uuid primary key,
  request_id  uuid not null references registry_creation_request (id) on delete cascade,
  position    int not null,
  full_name   text not null,
  gender      text not null,
  birth_year  int not null,
  national_id text,
  phone       text,
  email       text,
  role        text not null,
  shares      int not null default 1,
  constraint registry_creation_founder_gender_ck check (gender in ('F', 'M')),
  constraint registry_creation_founder_shares_ck check (shares >= 1),
  constraint registry_creation_founder_role_ck check (role in ('PRESIDENT', 'VICE_PRESIDENT', 'TREASURER', 'SECRETARY', 'BOARD_MEMBER', 'MEMBER'))
);
create index registry_creation_founder_request_idx on registry_creation_founder (request_id, position);

create table registry_creation_document (
  id           uuid primary key,
  request_id   uuid not null references registry_creation_request (id) on delete cascade,
  kind         text not null,
  file_name    text not null,
  content_type text not null,
  size_bytes   int not null,
  content      bytea not null,
  uploaded_at  timestamp with time zone not null,
  constraint registry_creation_document_kind_ck check (kind in ('NAME_CERTIFICATE', 'FOUNDER_ID', 'SIGNED_STATUTES', 'BANK_CERTIFICATE', 'ASSEMBLY_MINUTES', 'OTHER'))
);
create index registry_creation_document_request_idx on registry_creation_document (request_id);

-- The request's timeline, shown to the applicant and the registrar.
create table registry_creation_event (
  id          bigint generated always as identity primary key,
  request_id  uuid not null references registry_creation_request (id) on delete cascade,
  at          timestamp with time zone not null,
  status      text not null,
  note        text,
  by_account  uuid
);
create index registry_creation_event_request_idx on registry_creation_event (request_id, at);
