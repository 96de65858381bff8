-- The catalogue: products of SSE actors, their variants (what is sold and scanned), batches (what
-- a traceability page shows) and photos. Names in Arabic and French, English optional.
create table catalog_product (
  id               uuid primary key,
  actor_id         uuid not null references party_party (id),
  code             text not null,
  name_ar          text,
  name_fr          text,
  name_en          text,
  description_ar   text,
  description_fr   text,
  description_en   text,
  sector_code      text not null references registry_sector (code),
  value_chain_code text not null references registry_value_chain (code),
  unit             text not null,
  status           text not null,
  created_at       timestamp with time zone not null,
  updated_at       timestamp with time zone not null,
  constraint catalog_product_code_uk unique (code),
  constraint catalog_product_code_ck check (code ~ '^[A-Z0-9]{8}$'),
  constraint catalog_product_name_ck check (coalesce(name_ar, name_fr) is not null),
  constraint catalog_product_unit_ck check (unit in ('KG', 'G', 'L', 'ML', 'PIECE', 'PACK', 'M', 'M2',
    'NIGHT', 'HOUR', 'SERVICE')),
  constraint catalog_product_status_ck check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED'))
);
create index catalog_product_actor_idx on catalog_product (actor_id);
create index catalog_product_value_chain_idx on catalog_product (value_chain_code);
create index catalog_product_name_trgm_idx on catalog_product
  using gin ((coalesce(name_ar, '') || ' ' || coalesce(name_fr, '') || ' ' || coalesce(name_en, '')) gin_trgm_ops);

-- In-store barcodes (EAN-13 prefix 2, reserved for internal use) for variants that have none.
create sequence catalog_internal_barcode_seq;

create table catalog_variant (
  id         uuid primary key,
  product_id uuid not null references catalog_product (id),
  name_ar    text,
  name_fr    text,
  name_en    text,
  quantity   numeric(12, 3),
  packaging  text not null,
  barcode    text not null,
  price      numeric(12, 2) not null,
  status     text not null,
  sort_order int not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  constraint catalog_variant_barcode_uk unique (barcode),
  constraint catalog_variant_barcode_ck check (barcode ~ '^[0-9A-Za-z-]{4,32}$'),
  constraint catalog_variant_price_ck check (price >= 0),
  constraint catalog_variant_quantity_ck check (quantity is null or quantity > 0),
  constraint catalog_variant_packaging_ck check (packaging in ('NONE', 'JAR', 'BOTTLE', 'BAG', 'BOX',
    'CAN', 'SACHET', 'BASKET', 'ROLL', 'OTHER')),
  constraint catalog_variant_status_ck check (status in ('ACTIVE', 'ARCHIVED'))
);
create index catalog_variant_product_idx on catalog_variant (product_id, sort_order);

create table catalog_batch (
  id           uuid primary key,
  product_id   uuid not null references catalog_product (id),
  lot          text not null,
  produced_on  date not null,
  best_before  date,
  quantity     numeric(12, 3),
  notes_ar     text,
  notes_fr     text,
  created_at   timestamp with time zone not null,
  constraint catalog_batch_uk unique (product_id, lot),
  constraint catalog_batch_lot_ck check (lot ~ '^[0-9A-Za-z._-]{1,32}$'),
  constraint catalog_batch_dates_ck check (best_before is null or best_before >= produced_on)
);

create table catalog_product_media (
  id           uuid primary key,
  product_id   uuid not null references catalog_product (id) on delete cascade,
  content_type text not null,
  width        int not null,
  height       int not null,
  content      bytea not null,
  sort_order   int not null,
  uploaded_at  timestamp with time zone not null
);
create index catalog_product_media_product_idx on catalog_product_media (product_id, sort_order);

-- Labels and certifications as credentials: a type (IGP, AOP, ONSSA authorisation…), held by an
-- actor or by one of its products, with issuer, number, validity and a proof; shown to the public
-- only once a label verifier has verified it and while it is valid.
create table catalog_label_type (
  code        text primary key,
  family      text not null,
  name_ar     text not null,
  name_fr     text not null,
  name_en     text not null,
  issuer_ar   text,
  issuer_fr   text,
  legal_basis text,
  sort_order  int not null,
  constraint catalog_label_type_family_ck check (family in ('ORIGIN', 'ORGANIC', 'FOOD_SAFETY', 'HANDICRAFT',
    'COLLECTIVE_MARK', 'FAIR_TRADE', 'OTHER'))
);
insert into catalog_label_type (code, family, name_ar, name_fr, name_en, issuer_ar, issuer_fr, legal_basis, sort_order) values
  ('IGP', 'ORIGIN', 'بيان جغرافي محمي', 'Indication géographique protégée (IGP)', 'Protected geographical indication (PGI)',
    'وزارة الفلاحة (لجنة العلامات المميزة للأصل والجودة)', 'Ministère de l’Agriculture (CNSDOQ)', 'Loi 25-06', 10),
  ('AOP', 'ORIGIN', 'تسمية المنشأ المحمية', 'Appellation d’origine protégée (AOP)', 'Protected designation of origin (PDO)',
    'وزارة الفلاحة (لجنة العلامات المميزة للأصل والجودة)', 'Ministère de l’Agriculture (CNSDOQ)', 'Loi 25-06', 20),
  ('LABEL_AGRICOLE', 'ORIGIN', 'العلامة الفلاحية', 'Label agricole', 'Agricultural label',
    'وزارة الفلاحة', 'Ministère de l’Agriculture', 'Loi 25-06', 30),
  ('ORGANIC', 'ORGANIC', 'الإنتاج البيولوجي', 'Agriculture biologique', 'Organic',
    'هيئة إشهاد معتمدة', 'Organisme certificateur agréé', 'Loi 39-12', 40),
  ('ONSSA_AUTHORISATION', 'FOOD_SAFETY', 'الترخيص الصحي (أونسا)', 'Autorisation sanitaire ONSSA', 'ONSSA sanitary authorisation',
    'المكتب الوطني للسلامة الصحية للمنتجات الغذائية', 'ONSSA', 'Loi 28-07', 50),
  ('ONSSA_APPROVAL', 'FOOD_SAFETY', 'الاعتماد الصحي (أونسا)', 'Agrément sanitaire ONSSA', 'ONSSA sanitary approval',
    'المكتب الوطني للسلامة الصحية للمنتجات الغذائية', 'ONSSA', 'Loi 28-07', 60),
  ('MAROC_FAIT_MAIN', 'HANDICRAFT', 'صنع يدوي بالمغرب', 'Maroc Fait Main', 'Morocco Handmade',
    'وزارة الصناعة التقليدية', 'Ministère de l’Artisanat', null, 70),
  ('COLLECTIVE_MARK', 'COLLECTIVE_MARK', 'علامة جماعية', 'Marque collective', 'Collective mark',
    'المكتب المغربي للملكية الصناعية والتجارية', 'OMPIC', 'Loi 17-97', 80),
  ('FAIR_TRADE', 'FAIR_TRADE', 'التجارة المنصفة', 'Commerce équitable', 'Fair trade',
    null, null, null, 90),
  ('OTHER', 'OTHER', 'علامة أخرى', 'Autre label', 'Other label', null, null, null, 990);

create table catalog_credential (
  id               uuid primary key,
  label_type_code  text not null references catalog_label_type (code),
  actor_id         uuid not null references party_party (id),
  product_id       uuid references catalog_product (id),
  name             text,
  issuer           text not null,
  number           text not null,
  valid_from       date not null,
  valid_to         date,
  proof_name       text,
  proof_type       text,
  proof            bytea,
  status           text not null,
  decided_by       uuid,
  decided_at       timestamp with time zone,
  decision_note    text,
  reminded_for     date,
  created_at       timestamp with time zone not null,
  updated_at       timestamp with time zone not null,
  constraint catalog_credential_status_ck check (status in ('PENDING', 'VERIFIED', 'REJECTED', 'REVOKED')),
  constraint catalog_credential_dates_ck check (valid_to is null or valid_to >= valid_from),
  constraint catalog_credential_uk unique (label_type_code, actor_id, number)
);
create index catalog_credential_actor_idx on catalog_credential (actor_id);
create index catalog_credential_product_idx on catalog_credential (product_id);
create index catalog_credential_pending_idx on catalog_credential (created_at) where status = 'PENDING';
create index catalog_credential_expiry_idx on catalog_credential (valid_to) where status = 'VERIFIED';

-- Who verifies labels: a label verifier (a certifying body's staff or the platform's).
insert into identity_role (code, scope, sort_order) values ('LABEL_VERIFIER', 'GLOBAL', 90);
