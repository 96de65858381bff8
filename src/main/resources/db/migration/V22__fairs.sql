-- Mobile markets (fairs): editions, their organisers and partners, the call for exhibitors, the
-- admitted exhibitors with their stall (a sales location), and the stall devices that sell
-- offline. Sales themselves go into the one ledger; what an offline sale took beyond the stock
-- is kept as a stock discrepancy for review, so stock itself never goes negative.

create table fairs_edition (
  id                  uuid primary key,
  slug                text not null,
  name_ar             text,
  name_fr             text,
  name_en             text,
  edition_no          int not null,
  territory_id        bigint not null references geo_territory (id),
  venue_ar            text,
  venue_fr            text,
  venue_en            text,
  starts_on           date not null,
  ends_on             date not null,
  opens_at            time not null default '10:00',
  closes_at           time not null default '22:00',
  area_m2             int,
  slogan_ar           text,
  slogan_fr           text,
  slogan_en           text,
  status              text not null default 'PLANNED',
  call_deadline       timestamp with time zone,
  open_to_other_regions boolean not null default false,
  stand_target        int,
  -- Selection quotas (shares of the selected exhibitors, 0..1): women-led and youth-led at least,
  -- one sector at most, actors from other regions at least.
  quota_women         numeric(4, 3),
  quota_youth         numeric(4, 3),
  quota_sector_max    numeric(4, 3),
  quota_other_regions numeric(4, 3),
  -- The solidarity store corner: a store location run at the fair, settled per cooperative.
  corner_location_id  uuid references sales_location (id),
  created_at          timestamp with time zone not null,
  created_by          uuid,
  constraint fairs_edition_slug_uk unique (slug),
  constraint fairs_edition_name_ck check (coalesce(name_ar, name_fr) is not null),
  constraint fairs_edition_dates_ck check (ends_on >= starts_on),
  constraint fairs_edition_area_ck check (area_m2 is null or area_m2 > 0),
  constraint fairs_edition_no_ck check (edition_no > 0),
  constraint fairs_edition_status_ck check (status in ('PLANNED', 'CALL_OPEN', 'SELECTION', 'ALLOCATION',
    'RUNNING', 'CLOSED')),
  constraint fairs_edition_quotas_ck check (
    coalesce(quota_women, 0) between 0 and 1 and coalesce(quota_youth, 0) between 0 and 1
    and coalesce(quota_sector_max, 1) between 0 and 1 and coalesce(quota_other_regions, 0) between 0 and 1)
);
create index fairs_edition_territory_idx on fairs_edition (territory_id, starts_on);

-- Organisers and partners of an edition, each with its role (a party may hold several).
create table fairs_edition_party (
  edition_id uuid not null references fairs_edition (id) on delete cascade,
  party_id   uuid not null references party_party (id),
  role       text not null,
  sort_order int not null default 0,
  constraint fairs_edition_party_pk primary key (edition_id, party_id, role),
  constraint fairs_edition_party_role_ck check (role in ('ORGANISER', 'CO_ORGANISER', 'PARTNER', 'FUNDER',
    'SPONSOR', 'MEDIA'))
);

-- An actor's application to exhibit: what it will show and what its stand needs.
create table fairs_application (
  id            uuid primary key,
  edition_id    uuid not null references fairs_edition (id),
  actor_id      uuid not null references party_party (id),
  status        text not null default 'SUBMITTED',
  products      uuid[] not null default '{}',
  area_m2       numeric(6, 1) not null default 9,
  electricity   boolean not null default false,
  water         boolean not null default false,
  note          text,
  score         numeric(6, 2),
  scores        jsonb not null default '{}',
  waitlist_rank int,
  decision_note text,
  submitted_at  timestamp with time zone not null,
  submitted_by  uuid,
  decided_at    timestamp with time zone,
  decided_by    uuid,
  constraint fairs_application_uk unique (edition_id, actor_id),
  constraint fairs_application_status_ck check (status in ('SUBMITTED', 'SELECTED', 'WAITLISTED', 'REJECTED',
    'WITHDRAWN')),
  constraint fairs_application_area_ck check (area_m2 > 0 and area_m2 <= 500)
);
create index fairs_application_edition_idx on fairs_application (edition_id, status);

-- The exhibitors of an edition: admitted actors, each with its stall (a STALL sales location).
create table fairs_exhibitor (
  edition_id     uuid not null references fairs_edition (id),
  actor_id       uuid not null references party_party (id),
  application_id uuid references fairs_application (id),
  location_id    uuid not null references sales_location (id),
  admitted_at    timestamp with time zone not null,
  withdrawn_at   timestamp with time zone,
  constraint fairs_exhibitor_pk primary key (edition_id, actor_id),
  constraint fairs_exhibitor_location_uk unique (location_id)
);

-- Devices that sell at a stall (or at the store corner) offline: registered by a one-time
-- pairing code shown as a QR code, then known by a token of which only a hash is kept. Each
-- device numbers its sales; last_seq is the highest number the ledger holds from it.
create table fairs_device (
  id                uuid primary key,
  edition_id        uuid not null references fairs_edition (id),
  location_id       uuid not null references sales_location (id),
  mode              text not null,
  name              text not null,
  pairing_hash      text,
  pairing_expires   timestamp with time zone,
  token_hash        text,
  paired_at         timestamp with time zone,
  revoked_at        timestamp with time zone,
  last_seq          bigint not null default 0,
  last_sync_at      timestamp with time zone,
  created_at        timestamp with time zone not null,
  created_by        uuid,
  constraint fairs_device_mode_ck check (mode in ('STALL', 'STORE')),
  constraint fairs_device_token_uk unique (token_hash),
  constraint fairs_device_pairing_uk unique (pairing_hash)
);
create index fairs_device_location_idx on fairs_device (location_id);

-- A stall's day closed by its seller (cash counted): sales of that day arriving later are flagged.
create table fairs_day_close (
  location_id uuid not null references sales_location (id),
  day         date not null,
  closed_at   timestamp with time zone not null,
  closed_by   uuid,
  cash_counted numeric(14, 2),
  constraint fairs_day_close_pk primary key (location_id, day)
);

-- Sales module: an offline sale is never refused; what it took beyond the stock at hand is kept
-- here for review (stock itself stays at zero, never below).
create table sales_stock_discrepancy (
  id          bigint generated always as identity primary key,
  sale_id     uuid not null references sales_sale (id),
  line_no     int not null,
  location_id uuid not null references sales_location (id),
  variant_id  uuid not null references catalog_variant (id),
  actor_id    uuid not null references party_party (id),
  quantity    numeric(12, 3) not null,
  recorded_at timestamp with time zone not null,
  resolved_at timestamp with time zone,
  resolved_by uuid,
  resolution  text,
  constraint sales_stock_discrepancy_quantity_ck check (quantity > 0),
  constraint sales_stock_discrepancy_uk unique (sale_id, line_no)
);
create index sales_stock_discrepancy_location_idx on sales_stock_discrepancy (location_id, variant_id);
create index sales_stock_discrepancy_open_idx on sales_stock_discrepancy (actor_id) where resolved_at is null;
