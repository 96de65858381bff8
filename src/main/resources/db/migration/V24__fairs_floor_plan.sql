-- Floor plan of an edition: the venue to scale (metres, x eastwards from the west edge, y southwards
-- from the north edge), its zones, its stands, and which exhibitor stands where. Rectangles lie
-- inside the venue (checked by the application, which knows the venue's size); stands never
-- overlap (exclusion constraint below, shrunk by a centimetre so that neighbours may touch).

create extension if not exists btree_gist;

create table fairs_plan (
  edition_id uuid primary key references fairs_edition (id) on delete cascade,
  width_m    numeric(7, 2) not null,
  depth_m    numeric(7, 2) not null,
  updated_at timestamp with time zone not null,
  constraint fairs_plan_size_ck check (width_m > 0 and depth_m > 0 and width_m <= 2000 and depth_m <= 2000)
);

create table fairs_zone (
  id         uuid primary key,
  edition_id uuid not null references fairs_plan (edition_id) on delete cascade,
  kind       text not null,
  name_ar    text,
  name_fr    text,
  name_en    text,
  x          numeric(7, 2) not null,
  y          numeric(7, 2) not null,
  w          numeric(7, 2) not null,
  h          numeric(7, 2) not null,
  constraint fairs_zone_kind_ck check (kind in ('SALES', 'TRAINING', 'STAGE', 'STORE_CORNER', 'ENTRANCE',
    'SERVICES')),
  constraint fairs_zone_rect_ck check (x >= 0 and y >= 0 and w > 0 and h > 0),
  constraint fairs_zone_name_ck check (coalesce(name_ar, name_fr, name_en) is not null)
);
create index fairs_zone_edition_idx on fairs_zone (edition_id);

create table fairs_stand (
  id          uuid primary key,
  edition_id  uuid not null references fairs_plan (edition_id) on delete cascade,
  code        text not null,
  zone_id     uuid references fairs_zone (id) on delete set null,
  x           numeric(7, 2) not null,
  y           numeric(7, 2) not null,
  w           numeric(7, 2) not null,
  h           numeric(7, 2) not null,
  electricity boolean not null default false,
  water       boolean not null default false,
  constraint fairs_stand_code_uk unique (edition_id, code),
  constraint fairs_stand_edition_uk unique (id, edition_id),
  constraint fairs_stand_code_ck check (code ~ '^[A-Z0-9][A-Z0-9-]{0,11}$'),
  constraint fairs_stand_rect_ck check (x >= 0 and y >= 0 and w >= 1 and h >= 1),
  constraint fairs_stand_overlap_ex exclude using gist (
    edition_id with =,
    box(point(x::float8 + 0.01, y::float8 + 0.01), point((x + w)::float8 - 0.01, (y + h)::float8 - 0.01)) with &&)
);

-- Who stands where: one exhibitor per stand (the stand is the key), one stand per exhibitor.
-- by_hand marks an organiser's own choice, which the automatic proposal keeps.
create table fairs_stand_exhibitor (
  stand_id   uuid primary key,
  edition_id uuid not null,
  actor_id   uuid not null,
  by_hand    boolean not null,
  placed_at  timestamp with time zone not null,
  constraint fairs_stand_exhibitor_stand_fk foreign key (stand_id, edition_id)
    references fairs_stand (id, edition_id) on delete cascade,
  constraint fairs_stand_exhibitor_exhibitor_fk foreign key (edition_id, actor_id)
    references fairs_exhibitor (edition_id, actor_id),
  constraint fairs_stand_exhibitor_uk unique (edition_id, actor_id)
);
