-- Law 09-08: a member's personal data can be erased on request; the row stays for the statistics.
alter table registry_member add column erased_at timestamp with time zone;

-- The share-capital register: a journal of movements, and holdings that can never go negative.
create table registry_share_movement (
  id               uuid primary key,
  actor_id         uuid not null references registry_actor (party_id),
  member_id        uuid not null references registry_member (id),
  kind             text not null,
  shares           int not null default 0,
  amount           numeric(14, 2) not null default 0,
  counterpart_id   uuid references registry_member (id),
  on_date          date not null,
  note             text,
  recorded_at      timestamp with time zone not null,
  recorded_by      uuid,
  constraint registry_share_movement_kind_ck check (kind in ('SUBSCRIPTION', 'PAYMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'EXIT')),
  constraint registry_share_movement_values_ck check (shares >= 0 and amount >= 0)
);
create index registry_share_movement_actor_idx on registry_share_movement (actor_id, on_date);

create table registry_share_holding (
  actor_id   uuid not null references registry_actor (party_id),
  member_id  uuid not null references registry_member (id),
  shares     int not null default 0,
  paid       numeric(14, 2) not null default 0,
  constraint registry_share_holding_pk primary key (actor_id, member_id),
  constraint registry_share_holding_shares_ck check (shares >= 0),
  constraint registry_share_holding_paid_ck check (paid >= 0)
);

-- Governance: general assemblies and the board's history.
create table registry_assembly (
  id             uuid primary key,
  actor_id       uuid not null references registry_actor (party_id),
  kind           text not null,
  held_on        date not null,
  fiscal_year    int,
  members_total  int not null,
  members_present int not null,
  quorum_reached boolean not null,
  decisions      text,
  minutes_name   text,
  minutes        bytea,
  recorded_at    timestamp with time zone not null,
  constraint registry_assembly_kind_ck check (kind in ('CONSTITUTIVE', 'ORDINARY', 'EXTRAORDINARY')),
  constraint registry_assembly_attendance_ck check (members_present >= 0 and members_present <= members_total)
);
create index registry_assembly_actor_idx on registry_assembly (actor_id, held_on desc);

create table registry_board_term (
  id         uuid primary key,
  actor_id   uuid not null references registry_actor (party_id),
  member_id  uuid not null references registry_member (id),
  role       text not null,
  started_on date not null,
  ended_on   date
);
create index registry_board_term_actor_idx on registry_board_term (actor_id, started_on desc);

-- Yearly obligations under Law 112-12 (configurable as data): what, and by when after year end.
create table registry_obligation_type (
  code       text primary key,
  due_month  int not null,
  due_day    int not null,
  sort_order int not null
);
insert into registry_obligation_type (code, due_month, due_day, sort_order) values
  ('ORDINARY_ASSEMBLY', 6, 30, 10),
  ('ACCOUNTS_APPROVED', 6, 30, 20),
  ('ANNUAL_REPORT_FILED', 7, 31, 30),
  ('MEMBER_REGISTER_UPDATED', 3, 31, 40);

create table registry_obligation_done (
  actor_id    uuid not null references registry_actor (party_id),
  fiscal_year int not null,
  code        text not null references registry_obligation_type (code),
  done_on     date not null,
  note        text,
  constraint registry_obligation_done_pk primary key (actor_id, fiscal_year, code)
);
