-- Yearly regional reports as generated (PDF), kept so a report is generated once per hour at most
-- for a territory, year and language, and served to everyone from here.
create table obs_report (
  id           uuid primary key,
  territory_id bigint not null references geo_territory (id),
  year         int not null,
  language     text not null,
  generated_at timestamp with time zone not null,
  pdf          bytea not null,
  constraint obs_report_language_ck check (language in ('ar', 'fr')),
  constraint obs_report_year_ck check (year between 2000 and 2100)
);
create index obs_report_key_idx on obs_report (territory_id, year, language, generated_at desc);
