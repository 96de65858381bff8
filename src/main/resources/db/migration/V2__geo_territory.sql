-- Territories keyed by official code within a version of the administrative map (regions were
-- redrawn in 2015). Our own id is the key other tables use; the official code is an attribute.
create table geo_territory (
  id          bigint generated always as identity primary key,
  map_version text not null,
  code        text not null,
  level       text not null,
  kind        text not null,
  parent_id   bigint references geo_territory (id),
  name_ar     text not null,
  name_fr     text not null,
  name_en     text,
  latitude    numeric(9, 6),
  longitude   numeric(9, 6),
  constraint geo_territory_version_code_uk unique (map_version, code),
  constraint geo_territory_level_ck check (level in ('COUNTRY', 'REGION', 'PROVINCE', 'COMMUNE')),
  constraint geo_territory_kind_ck check (kind in ('COUNTRY', 'REGION', 'PREFECTURE', 'PROVINCE', 'URBAN_COMMUNE', 'RURAL_COMMUNE')),
  constraint geo_territory_latitude_ck check (latitude between 20 and 36.5),
  constraint geo_territory_longitude_ck check (longitude between -17.5 and -0.9)
);
create index geo_territory_parent_idx on geo_territory (parent_id);

-- The hierarchy flattened: one row per territory with the ids of its ancestors at each level, so
-- a roll-up by level is one join (the map has a fixed depth of four).
create view geo_territory_path as
select t.id as territory_id,
       t.map_version,
       t.level,
       case t.level when 'COUNTRY' then t.id when 'REGION' then p.id when 'PROVINCE' then pp.id else ppp.id end as country_id,
       case t.level when 'REGION' then t.id when 'PROVINCE' then p.id when 'COMMUNE' then pp.id end as region_id,
       case t.level when 'PROVINCE' then t.id when 'COMMUNE' then p.id end                as province_id,
       case t.level when 'COMMUNE' then t.id end                                          as commune_id
from geo_territory t
left join geo_territory p on p.id = t.parent_id
left join geo_territory pp on pp.id = p.parent_id
left join geo_territory ppp on ppp.id = pp.parent_id;
