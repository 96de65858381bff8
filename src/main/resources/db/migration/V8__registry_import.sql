-- Imports of actors and members from spreadsheets.

-- Where an imported actor came from. Re-importing a file matches the rows that carry neither a
-- registration number nor an ICE by (source, row id), so an actor is never created twice.
create table registry_actor_source (
  party_id      uuid not null references registry_actor (party_id),
  source        text not null,
  source_row_id text not null,
  imported_at   timestamp with time zone not null,
  constraint registry_actor_source_uk unique (source, source_row_id)
);
create index registry_actor_source_party_idx on registry_actor_source (party_id);

-- Matching on the registration number, compared without case or surrounding spaces.
create index registry_actor_registration_number_idx on registry_actor (lower(trim(registration_number)))
  where registration_number is not null;

-- Files uploaded for an import, kept between the preview, the column mapping and the run (any
-- instance may serve the next step). Removed when an import succeeds, or a day after upload.
create table registry_import_file (
  id          uuid primary key,
  kind        text not null,
  account_id  uuid not null,
  actor_id    uuid references registry_actor (party_id),
  file_name   text not null,
  source      text not null,
  format      text not null,
  content     bytea not null,
  created_at  timestamp with time zone not null,
  constraint registry_import_file_kind_ck check (kind in ('ACTORS', 'MEMBERS')),
  constraint registry_import_file_format_ck check (format in ('CSV', 'XLSX'))
);
create index registry_import_file_created_idx on registry_import_file (created_at);
