-- The regional observatory: rollups kept current from the registry's and the ledger's events, at
-- every territorial level, so a dashboard reads a few hundred rows by key (ADR 0013).

-- What the registry and the ledger publish for statistics: read-only views over their own tables,
-- the one place the observatory reads them from (at rebuild, and to recompute a changed actor).
create view registry_actor_stats as
select party_id as actor_id, type, status, value_chain_code, commune_id, women_led, youth_led, created_on
from registry_actor;

create view registry_member_stats as
select actor_id, gender, birth_year, count(*) as members
from registry_member
where left_on is null
group by actor_id, gender, birth_year;

create view sales_line_stats as
select commune_id,
       (date_trunc('month', occurred_at at time zone 'Africa/Casablanca'))::date as month,
       channel,
       value_chain_code,
       amount,
       quantity
from sales_sale_line;

-- The territory resource table: each territory with each of its ancestors and itself, so rolling
-- a commune's figure up to its province, region and country is one join (no recursion).
create table obs_territory_ancestor (
  territory_id    bigint not null references geo_territory (id),
  territory_level text not null,
  ancestor_id     bigint not null references geo_territory (id),
  ancestor_level  text not null,
  constraint obs_territory_ancestor_pk primary key (territory_id, ancestor_id)
);
create index obs_territory_ancestor_down_idx on obs_territory_ancestor (ancestor_id, territory_level, territory_id);

-- Rollups: one row per territory (every level) and combination of dimensions.
create table obs_sales_rollup (
  territory_id bigint not null,
  month        date not null,
  channel      text not null,
  value_chain  text not null,
  amount       numeric(18, 2) not null,
  quantity     numeric(18, 3) not null,
  lines        bigint not null,
  constraint obs_sales_rollup_pk primary key (territory_id, month, channel, value_chain)
);

create table obs_actor_rollup (
  territory_id bigint not null,
  type         text not null,
  status       text not null,
  value_chain  text not null,
  women_led    boolean not null,
  youth_led    boolean not null,
  actors       bigint not null,
  constraint obs_actor_rollup_pk primary key (territory_id, type, status, value_chain, women_led, youth_led)
);

create table obs_actor_created (
  territory_id bigint not null,
  month        date not null,
  type         text not null,
  value_chain  text not null,
  actors       bigint not null,
  constraint obs_actor_created_pk primary key (territory_id, month, type, value_chain)
);

-- Members by birth year (0 when unknown): the age band is computed on reading, as of the year asked.
create table obs_member_rollup (
  territory_id bigint not null,
  type         text not null,
  value_chain  text not null,
  gender       text not null,
  birth_year   int not null,
  members      bigint not null,
  constraint obs_member_rollup_pk primary key (territory_id, type, value_chain, gender, birth_year)
);

-- What each actor contributes to the rollups as last counted, so a change is applied as the
-- difference between what was counted and what is true now.
create table obs_actor_fact (
  actor_id     uuid primary key,
  commune_id   bigint not null,
  type         text not null,
  status       text not null,
  value_chain  text not null,
  women_led    boolean not null,
  youth_led    boolean not null,
  created_on   date
);

create table obs_member_fact (
  actor_id   uuid not null,
  gender     text not null,
  birth_year int not null,
  members    bigint not null,
  constraint obs_member_fact_pk primary key (actor_id, gender, birth_year)
);

-- Work waiting to be folded into the rollups, written in the same transaction as the sale or the
-- registry change (so it is never lost nor counted twice) and drained every half second.
create table obs_sale_delta (
  id          bigint generated always as identity primary key,
  commune_id  bigint not null,
  month       date not null,
  channel     text not null,
  value_chain text not null,
  amount      numeric(18, 2) not null,
  quantity    numeric(18, 3) not null,
  lines       bigint not null,
  recorded_at timestamp with time zone not null default clock_timestamp()
);

create table obs_actor_dirty (
  actor_id  uuid primary key,
  queued_at timestamp with time zone not null default clock_timestamp()
);

-- When each part of the observatory last changed.
create table obs_state (
  key   text primary key,
  value timestamp with time zone not null
);

-- Reference totals the platform's figures are compared with (coverage), by measure, territory and
-- year, with their source. Editable by administrators.
create table obs_reference_total (
  measure      text not null,
  territory_id bigint not null references geo_territory (id),
  year         int not null,
  value        numeric(16, 2) not null,
  source       text not null,
  updated_at   timestamp with time zone not null default now(),
  constraint obs_reference_total_pk primary key (measure, territory_id, year),
  constraint obs_reference_total_measure_ck check (measure ~ '^[a-z][a-z0-9-]*$'),
  constraint obs_reference_total_value_ck check (value >= 0),
  constraint obs_reference_total_year_ck check (year between 1990 and 2100)
);

insert into obs_reference_total (measure, territory_id, year, value, source)
select m.measure, t.id, 2024, m.value, 'ODCO — Office du Développement de la Coopération, situation fin 2024'
from geo_territory t
cross join (values ('cooperatives', 60939), ('cooperative-members', 764000), ('womens-cooperatives', 7874)) as m(measure, value)
where t.level = 'COUNTRY';

insert into obs_territory_ancestor (territory_id, territory_level, ancestor_id, ancestor_level)
select p.territory_id, p.level, a.ancestor_id, a.ancestor_level
from geo_territory_path p
cross join lateral (values (p.country_id, 'COUNTRY'), (p.region_id, 'REGION'), (p.province_id, 'PROVINCE'), (p.commune_id, 'COMMUNE'))
  as a(ancestor_id, ancestor_level)
where a.ancestor_id is not null;
