-- The registry of SSE actors. An actor is a party (party_party) with a registry record; members are
-- people, personal data under Law 09-08 (purpose and consent recorded with each member).
create extension if not exists pg_trgm;

create table registry_sector (
  code       text primary key,
  name_ar    text not null,
  name_fr    text not null,
  name_en    text not null,
  sort_order int not null
);

-- The managed taxonomy of value chains, each within a sector.
create table registry_value_chain (
  code        text primary key,
  sector_code text not null references registry_sector (code),
  name_ar     text not null,
  name_fr     text not null,
  name_en     text not null,
  sort_order  int not null
);

insert into registry_sector (code, name_ar, name_fr, name_en, sort_order) values
  ('AGRICULTURE', 'الفلاحة', 'Agriculture', 'Agriculture', 10),
  ('AGRIFOOD', 'الصناعات الغذائية', 'Agroalimentaire', 'Food processing', 20),
  ('HANDICRAFTS', 'الصناعة التقليدية', 'Artisanat', 'Handicrafts', 30),
  ('TOURISM', 'السياحة التضامنية', 'Tourisme solidaire', 'Solidarity tourism', 40),
  ('SERVICES', 'الخدمات', 'Services', 'Services', 50),
  ('HOUSING', 'السكن', 'Habitat', 'Housing', 60),
  ('OTHER', 'أخرى', 'Autres', 'Other', 90);

insert into registry_value_chain (code, sector_code, name_ar, name_fr, name_en, sort_order) values
  ('ARGAN', 'AGRIFOOD', 'الأركان', 'Argane', 'Argan', 10),
  ('HONEY', 'AGRICULTURE', 'العسل', 'Miel', 'Honey', 20),
  ('OLIVE_OIL', 'AGRIFOOD', 'زيت الزيتون', 'Huile d’olive', 'Olive oil', 30),
  ('FIGS', 'AGRICULTURE', 'التين', 'Figues', 'Figs', 40),
  ('DATES', 'AGRICULTURE', 'التمور', 'Dattes', 'Dates', 50),
  ('SAFFRON', 'AGRICULTURE', 'الزعفران', 'Safran', 'Saffron', 60),
  ('CACTUS', 'AGRICULTURE', 'الصبار', 'Cactus', 'Cactus', 70),
  ('PAM', 'AGRICULTURE', 'النباتات العطرية والطبية', 'Plantes aromatiques et médicinales', 'Aromatic and medicinal plants', 80),
  ('DAIRY', 'AGRIFOOD', 'الحليب ومشتقاته', 'Lait et produits laitiers', 'Dairy', 90),
  ('COUSCOUS', 'AGRIFOOD', 'الكسكس والمنتجات الغذائية', 'Couscous et transformation alimentaire', 'Couscous and food processing', 100),
  ('WEAVING', 'HANDICRAFTS', 'النسيج (الدرازة)', 'Tissage', 'Weaving', 110),
  ('CARPETS', 'HANDICRAFTS', 'الزرابي', 'Tapis', 'Carpets', 120),
  ('CARPENTRY', 'HANDICRAFTS', 'النجارة', 'Menuiserie', 'Carpentry', 130),
  ('SEWING', 'HANDICRAFTS', 'الخياطة', 'Couture', 'Sewing', 140),
  ('POTTERY', 'HANDICRAFTS', 'الفخار', 'Poterie', 'Pottery', 150),
  ('LEATHER', 'HANDICRAFTS', 'الجلد', 'Cuir', 'Leather', 160),
  ('SOLIDARITY_TOURISM', 'TOURISM', 'السياحة التضامنية', 'Tourisme solidaire', 'Solidarity tourism', 170),
  ('SERVICES', 'SERVICES', 'الخدمات', 'Services', 'Services', 180),
  ('HOUSING', 'HOUSING', 'السكن', 'Habitat', 'Housing', 190),
  ('OTHER', 'OTHER', 'أخرى', 'Autre', 'Other', 990);

create table registry_actor (
  party_id              uuid primary key references party_party (id),
  type                  text not null,
  legal_form            text,
  created_on            date,
  value_chain_code      text not null references registry_value_chain (code),
  commune_id            bigint not null references geo_territory (id),
  address               text,
  latitude              numeric(9, 6),
  longitude             numeric(9, 6),
  phone                 text,
  email                 text,
  status                text not null default 'ACTIVE',
  story_ar              text,
  story_fr              text,
  story_en              text,
  registration_number   text,
  registration_authority text,
  registration_date     date,
  ice                   text,
  rib                   text,
  -- derived from members and board by the configurable rules (recomputed on every membership change)
  women_led             boolean not null default false,
  youth_led             boolean not null default false,
  -- names normalised for search (Arabic letter forms and diacritics, French accents and case)
  search_text           text not null default '',
  synthetic             boolean not null default false,
  updated_at            timestamp with time zone not null,
  constraint registry_actor_type_ck check (type in ('COOPERATIVE', 'UNION', 'ASSOCIATION', 'TPE', 'AUTO_ENTREPRENEUR', 'PROJECT_HOLDER')),
  constraint registry_actor_status_ck check (status in ('ACTIVE', 'DORMANT', 'IN_LIQUIDATION', 'DISSOLVED')),
  constraint registry_actor_ice_ck check (ice ~ '^[0-9]{15}$'),
  constraint registry_actor_rib_ck check (rib ~ '^[0-9]{24}$'),
  constraint registry_actor_phone_ck check (phone ~ '^\+212[5-8][0-9]{8}$')
);
create index registry_actor_commune_idx on registry_actor (commune_id);
create index registry_actor_value_chain_idx on registry_actor (value_chain_code);
create index registry_actor_search_trgm_idx on registry_actor using gin (search_text gin_trgm_ops);
create unique index registry_actor_ice_uk on registry_actor (ice) where ice is not null;

create table registry_member (
  id              uuid primary key,
  actor_id        uuid not null references registry_actor (party_id),
  full_name       text not null,
  gender          text not null,
  birth_year      int,
  national_id     text,
  phone           text,
  role            text not null default 'MEMBER',
  joined_on       date not null,
  left_on         date,
  consent_purpose text not null,
  consent_at      timestamp with time zone not null,
  synthetic       boolean not null default false,
  constraint registry_member_gender_ck check (gender in ('F', 'M')),
  constraint registry_member_birth_year_ck check (birth_year between 1900 and 2100),
  constraint registry_member_role_ck check (role in ('PRESIDENT', 'VICE_PRESIDENT', 'TREASURER', 'SECRETARY', 'BOARD_MEMBER', 'MEMBER', 'EMPLOYEE')),
  constraint registry_member_dates_ck check (left_on is null or left_on >= joined_on)
);
create index registry_member_actor_idx on registry_member (actor_id) where left_on is null;
-- one president at a time
create unique index registry_member_one_president_uk on registry_member (actor_id) where role = 'PRESIDENT' and left_on is null;
