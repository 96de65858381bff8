-- Parties: every organisation the platform knows, SSE actors and the others (funders, councils,
-- chambers, store operators, public buyers, networks). What a party does is a set of roles held
-- as data, so a commune can be both a funder and a public buyer.
create table party_role_type (
  code       text primary key,
  sort_order int not null
);
insert into party_role_type (code, sort_order) values
  ('FUNDER', 10), ('ORGANISER', 20), ('PARTNER', 30), ('PUBLIC_BUYER', 40),
  ('STORE_OPERATOR', 50), ('NETWORK', 60), ('CERTIFYING_BODY', 70), ('SSE_ACTOR', 80);

create table party_party (
  id           uuid primary key,
  kind         text not null,
  name_ar      text,
  name_fr      text,
  name_en      text,
  acronym      text,
  territory_id bigint references geo_territory (id),
  website      text,
  synthetic    boolean not null default false,
  created_at   timestamp with time zone not null,
  constraint party_party_kind_ck check (kind in ('SSE_ACTOR', 'STATE_AGENCY', 'MINISTRY', 'PROGRAMME',
    'REGIONAL_COUNCIL', 'PROVINCIAL_COUNCIL', 'COMMUNAL_COUNCIL', 'WILAYA', 'CHAMBER', 'NETWORK',
    'ASSOCIATION', 'NGO', 'COMPANY', 'OTHER')),
  constraint party_party_name_ck check (coalesce(name_ar, name_fr) is not null)
);
create index party_party_territory_idx on party_party (territory_id);

create table party_party_role (
  party_id uuid not null references party_party (id) on delete cascade,
  role     text not null references party_role_type (code),
  constraint party_party_role_pk primary key (party_id, role)
);
