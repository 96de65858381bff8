-- An actor's logo and photos, resized on upload (the originals are not kept).
create table registry_actor_media (
  id           uuid primary key,
  actor_id     uuid not null references registry_actor (party_id),
  kind         text not null,
  content_type text not null,
  width        int not null,
  height       int not null,
  content      bytea not null,
  uploaded_at  timestamp with time zone not null,
  constraint registry_actor_media_kind_ck check (kind in ('LOGO', 'PHOTO'))
);
create index registry_actor_media_actor_idx on registry_actor_media (actor_id, kind, uploaded_at);
-- one logo per actor
create unique index registry_actor_media_logo_uk on registry_actor_media (actor_id) where kind = 'LOGO';
