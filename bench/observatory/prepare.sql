-- Observatory benchmark, generation step 1 of 3 (run by run.sh through psql, once, after the registry's
-- synthetic data): what the five years of sales need around them, set-based, and the plan of the sales.
--
--   psql -v seed=42 -v sales=4000000 -f prepare.sql
--
-- Writes, respecting V15/V16/V22 (kinds, codes, checks):
--   - every synthetic actor's own place (sales_location ACTOR, in its commune) and 3 products x 2 variants
--     in its value chain (catalog_product / catalog_variant), priced by value chain;
--   - one solidarity store per province (sales_location STORE, commission 15 %), run by the province's
--     oldest actor;
--   - 2021-2025: two regional fairs a year per region (spring and autumn, 6 days; only autumn in 2021,
--     COVID) and two national ones (April in Fès-Meknès, late November in Rabat-Salé-Kénitra, 10 days), CLOSED,
--     with their exhibitors (fairs_exhibitor, each with its STALL location at the venue) and footfall;
--   - in schema bench (dropped by finish.sql): the sellers, the exhibitors and the plan: how many sales
--     each day (shop, online and direct sales) and each fair day, numbered in time order.
--
-- Deterministic without setseed: every draw is bench.r(n, k), a hash of (row number, draw number, seed)
-- mapped to [0, 1). Unlike random() after setseed, it does not depend on the order in which the plan
-- reads rows (parallel sessions, plans changing with statistics), so two runs with one seed give the
-- same rows, whatever the number of parallel sessions.
--
-- Ids are made from numbers (group 4 names the kind), so that the sales step needs no look-up:
--   product  00000000-0000-4000-d000-<hex(3 i + p)>    variant 00000000-0000-4000-d001-<hex(6 i + slot)>
--   actor place …-d002-<hex(i)>   store …-d003-<hex(province id)>   stall …-d004-<hex(x)>   edition …-d005-<hex(k)>
-- where i is the seller's number (bench.seller, ordered by creation date).
\set ON_ERROR_STOP on
set client_min_messages = warning;
begin;
drop schema if exists bench cascade;
create schema bench;

-- A uniform draw in [0, 1): Jenkins hash (hashint8extended) of n with the seed and the draw number k.
\set rbody 'select (hashint8extended(n, ' :seed '::bigint * 1000 + k) & 9223372036854775807)::float8 / 9223372036854775808.0'
create function bench.r(n bigint, k int) returns float8 language sql immutable parallel safe as :'rbody';
create function bench.uuid(kind text, n bigint) returns uuid language sql immutable parallel safe
  as $$ select ('00000000-0000-4000-' || kind || '-' || lpad(to_hex(n), 12, '0'))::uuid $$;

-- Base price (MAD) of a value chain's typical item; an actor's prices spread 0.7-1.3 around it and its
-- six variants at fixed ratios (bench.slot_factor).
create table bench.price (value_chain_code text primary key, base numeric, unit text, packaging text);
insert into bench.price values
  ('ARGAN', 180, 'L', 'BOTTLE'), ('HONEY', 150, 'KG', 'JAR'), ('OLIVE_OIL', 70, 'L', 'BOTTLE'),
  ('FIGS', 45, 'KG', 'BAG'), ('DATES', 60, 'KG', 'BOX'), ('SAFFRON', 300, 'G', 'JAR'), ('CACTUS', 90, 'L', 'BOTTLE'),
  ('PAM', 40, 'KG', 'SACHET'), ('DAIRY', 30, 'KG', 'JAR'), ('COUSCOUS', 35, 'KG', 'BAG'),
  ('WEAVING', 250, 'PIECE', 'NONE'), ('CARPETS', 1500, 'PIECE', 'ROLL'), ('CARPENTRY', 400, 'PIECE', 'NONE'),
  ('SEWING', 200, 'PIECE', 'NONE'), ('POTTERY', 120, 'PIECE', 'BOX'), ('LEATHER', 250, 'PIECE', 'NONE'),
  ('SOLIDARITY_TOURISM', 400, 'NIGHT', 'NONE'), ('SERVICES', 150, 'SERVICE', 'NONE'),
  ('HOUSING', 500, 'SERVICE', 'NONE'), ('OTHER', 80, 'PIECE', 'OTHER');
create function bench.slot_factor(slot int) returns numeric language sql immutable parallel safe
  as $$ select (array[1.0, 1.8, 0.6, 1.1, 2.4, 0.5])[slot + 1] $$;

-- The sellers: every synthetic actor, numbered by creation date, so that those existing on a day are
-- the numbers below bench.day.sellers. weight (members, spread) decides who sells more.
create table bench.seller as
select (row_number() over (order by a.created_on, a.party_id) - 1)::int as i, a.party_id as actor_id,
       a.value_chain_code, v.sector_code, a.commune_id, t.province_id, t.region_id, a.created_on,
       coalesce(p.name_fr, p.name_ar) as name, coalesce(m.members, 0) as members,
       pr.base * (0.7 + 0.6 * bench.r(hashtext(a.party_id::text), 1))::numeric as price0, pr.unit, pr.packaging
from registry_actor a
join party_party p on p.id = a.party_id
join registry_value_chain v on v.code = a.value_chain_code
join geo_territory_path t on t.territory_id = a.commune_id
join bench.price pr on pr.value_chain_code = a.value_chain_code
left join (select actor_id, count(*) as members from registry_member group by actor_id) m on m.actor_id = a.party_id
where a.synthetic;
alter table bench.seller add primary key (i);
alter table bench.seller add column weight float8;
update bench.seller set weight = (members + 3) * (0.3 + 1.4 * bench.r(i, 2));
create index on bench.seller (created_on, i);
analyze bench.seller;

-- Their own places, products and variants.
insert into sales_location (id, kind, party_id, name_fr, commune_id, created_at)
select bench.uuid('d002', i), 'ACTOR', actor_id, name, commune_id, created_on::timestamptz
from bench.seller;

insert into catalog_product (id, actor_id, code, name_fr, sector_code, value_chain_code, unit, status,
  created_at, updated_at)
select bench.uuid('d000', 3 * s.i + p), s.actor_id, 'O' || upper(lpad(to_hex(3 * s.i + p), 7, '0')),
       v.name_fr || ' ' || (p + 1) || ' — ' || s.name, s.sector_code, s.value_chain_code, s.unit, 'ACTIVE',
       s.created_on::timestamptz, s.created_on::timestamptz
from bench.seller s join registry_value_chain v on v.code = s.value_chain_code cross join generate_series(0, 2) p;

insert into catalog_variant (id, product_id, name_fr, quantity, packaging, barcode, price, status, sort_order,
  created_at, updated_at)
select bench.uuid('d001', 6 * s.i + slot), bench.uuid('d000', 3 * s.i + slot / 2),
       case slot % 2 when 0 then 'Format courant' else 'Grand format' end, 1 + slot % 2, s.packaging,
       'OBS-' || (6 * s.i + slot), round(s.price0 * bench.slot_factor(slot), 2), 'ACTIVE', slot % 2,
       s.created_on::timestamptz, s.created_on::timestamptz
from bench.seller s cross join generate_series(0, 5) slot;

-- One solidarity store per province, run by its oldest actor, in that actor's commune.
create table bench.store as
select distinct on (s.province_id) s.province_id, bench.uuid('d003', s.province_id) as location_id, s.actor_id,
       s.commune_id, g.name_fr
from bench.seller s join geo_territory g on g.id = s.province_id
order by s.province_id, s.i;
insert into sales_location (id, kind, party_id, name_fr, commune_id, commission_rate, created_at)
select location_id, 'STORE', actor_id, 'Boutique solidaire — ' || name_fr, commune_id, 0.15, timestamptz '2020-01-01'
from bench.store;

-- Fairs: per region, its venue is the commune with the most actors.
create table bench.region as
select r.id as region_id, r.code, r.name_fr, row_number() over (order by r.code)::int as rn,
       (select s.commune_id from bench.seller s where s.region_id = r.id
        group by s.commune_id order by count(*) desc, s.commune_id limit 1) as venue
from geo_territory r where r.level = 'REGION' and r.map_version = '2015';

create table bench.edition as
with e as (
  select y, r.region_id, r.venue, r.name_fr as region_name, false as national, season,
         case season when 'printemps' then make_date(y, 3 + r.rn % 3, 1 + (r.rn * 5) % 20)
                     else make_date(y, 10 + r.rn % 2, 1 + (r.rn * 7) % 20) end as starts_on,
         6 as days, 60 + 12 * (y - 2021) + floor(20 * bench.r(y * 100 + r.rn, 3))::int as target
  from generate_series(2021, 2025) y cross join bench.region r cross join (values ('printemps'), ('automne')) s(season)
  where not (y = 2021 and season = 'printemps')
  union all
  select y, r.region_id, r.venue, r.name_fr, true, n.season, make_date(y, n.month, n.day), 10, 240 + 20 * (y - 2021)
  from generate_series(2021, 2025) y
  cross join (values ('03', 'national-avril', 4, 20), ('04', 'national-novembre', 11, 25)) n(code, season, month, day)
  join bench.region r on r.code = n.code
  where not (y = 2021 and n.month = 4))
select row_number() over (order by starts_on, region_id)::int as k, e.*,
       bench.uuid('d005', row_number() over (order by starts_on, region_id)) as id
from e;

insert into fairs_edition (id, slug, name_fr, edition_no, territory_id, venue_fr, starts_on, ends_on, area_m2, status,
  open_to_other_regions, stand_target, created_at)
select id, 'obs-' || y || '-' || season || '-' || region_id,
       case when national then 'Salon national de l''ESS (' || season || ') ' || y
            else 'Foire régionale ' || region_name || ' (' || season || ') ' || y end,
       y - 2020, region_id, (select name_fr from geo_territory where id = venue), starts_on, starts_on + days - 1,
       target * 12, 'CLOSED', national, target, (starts_on - 90)::timestamptz
from bench.edition;

-- Exhibitors: regional fairs take actors of the region, national ones actors of the whole country,
-- existing a month before the fair, drawn by hash; j numbers them within the edition.
create table bench.exhibitor as
select k, (row_number() over (partition by k order by h) - 1)::int as j, i, actor_id, edition_id, venue, starts_on,
       name || ' — ' || edition_name as stall_name
from (
  select e.k, s.i, s.actor_id, e.id as edition_id, e.venue, e.starts_on, e.target, s.name, f.name_fr as edition_name,
         hashint8extended(s.i, e.k) as h,
         row_number() over (partition by e.k order by hashint8extended(s.i, e.k)) as rank
  from bench.edition e join fairs_edition f on f.id = e.id
  join bench.seller s on (e.national or s.region_id = e.region_id) and s.created_on < e.starts_on - 30) x
where rank <= target;
alter table bench.exhibitor add column location_id uuid;
update bench.exhibitor x set location_id = bench.uuid('d004', y.n)
from (select k, j, row_number() over (order by k, j) as n from bench.exhibitor) y where y.k = x.k and y.j = x.j;
alter table bench.exhibitor add primary key (k, j);
update bench.edition e set target = (select count(*) from bench.exhibitor x where x.k = e.k);

insert into sales_location (id, kind, party_id, name_fr, commune_id, created_at)
select location_id, 'STALL', actor_id, stall_name, venue, (starts_on - 7)::timestamptz from bench.exhibitor;
insert into fairs_exhibitor (edition_id, actor_id, location_id, admitted_at)
select edition_id, actor_id, location_id, (starts_on - 7)::timestamptz from bench.exhibitor;

insert into fairs_footfall (edition_id, entrance, day, visitors, recorded_at)
select e.id, g.entrance, e.starts_on + d, round(e.target * 12 * g.share * case when extract(isodow from e.starts_on + d) >= 6
         then 1.4 else 1 end * (0.8 + 0.4 * bench.r(e.k * 100 + d, 4)))::int, (e.starts_on + d + 1)::timestamptz
from bench.edition e cross join generate_series(0, 9) d cross join (values ('Porte principale', 0.7), ('Porte B', 0.3)) g(entrance, share)
where d < e.days;

-- The plan. Fair days first: at 4,000,000 sales (10 M lines), about 7 sales per stall and day (more at
-- the weekend and on the last day, fewer on the first), growing 15 % a year; in proportion to :sales.
create table bench.fair_day as
select e.k, e.starts_on + d as day, e.target as exhibitors,
       round(e.target * 7 * (:sales / 4000000.0) * (1 + 0.15 * (e.y - 2021))
             * case when extract(isodow from e.starts_on + d) >= 6 then 1.3 else 1 end
             * case d when 0 then 0.8 when e.days - 1 then 1.2 else 1 end)::int as sales
from bench.edition e cross join generate_series(0, 9) d where d < e.days;

-- Ramadan (Morocco), when food sales rise from two weeks before; the rest of the year's seasons:
-- summer (diaspora and tourists) and December up, February down; Saturday and Sunday (souks) up,
-- Friday down; first half of 2021 down (COVID restrictions); about 17 % growth a year.
create table bench.ramadan (starts_on date, ends_on date);
insert into bench.ramadan values ('2021-04-13', '2021-05-12'), ('2022-04-02', '2022-05-01'), ('2023-03-23', '2023-04-20'),
  ('2024-03-11', '2024-04-09'), ('2025-03-01', '2025-03-30');

create table bench.day as
select day::date, ((extract(year from day) - 2021) * 12 + extract(month from day) - 1)::int as month,
       (day::date - date '2021-01-01') / 365.25 as t,
       power(1.17, (day::date - date '2021-01-01') / 365.25)
         * case when day < '2021-07-01' then 0.75 else 1 end
         * case when exists (select 1 from bench.ramadan r where day::date between r.starts_on - 14 and r.ends_on) then 1.35 else 1 end
         * case extract(month from day) when 7 then 1.2 when 8 then 1.25 when 12 then 1.15 when 2 then 0.85 else 1 end
         * case extract(isodow from day) when 6 then 1.2 when 7 then 1.1 when 5 then 0.85 else 1 end as weight,
       exists (select 1 from bench.ramadan r where day::date between r.starts_on - 14 and r.ends_on) as ramadan,
       coalesce((select i from bench.seller s where s.created_on > day::date order by created_on, i limit 1),
                (select count(*) from bench.seller)) as sellers
from generate_series(date '2021-01-01', date '2025-12-31', interval '1 day') day;

-- :sales sales in all (a multiple of 20: see sales-month.sql's basket sizes); the days share what the
-- fairs leave, by weight, rounded so that the sum is exact.
alter table bench.day add column sales int;
with w as (select day, sum(weight) over (order by day) as cum, sum(weight) over () as total from bench.day),
nf as (select :sales - (select sum(sales) from bench.fair_day) as n)
update bench.day d set sales = (round(nf.n * w.cum / w.total) - round(nf.n * (w.cum - d.weight) / w.total))::int
from w, nf where w.day = d.day;

-- Numbering: month by month, the month's days then its fair days; a sale's number n gives its ids.
create table bench.month as
select month, sum(sales) as day_sales,
       coalesce((select sum(f.sales) from bench.fair_day f
                 where ((extract(year from f.day) - 2021) * 12 + extract(month from f.day) - 1)::int = d.month), 0) as fair_sales
from bench.day d group by month;
alter table bench.month add column first_n bigint;
update bench.month m set first_n = x.first_n
from (select month, coalesce(sum(day_sales + fair_sales) over (order by month rows between unbounded preceding and 1 preceding), 0) as first_n
      from bench.month) x where x.month = m.month;
alter table bench.day add column first_n bigint;
update bench.day d set first_n = m.first_n + coalesce(x.before, 0)
from bench.month m, (select day, sum(sales) over (partition by month order by day rows between unbounded preceding and 1 preceding) as before
                     from bench.day) x
where m.month = d.month and x.day = d.day;
alter table bench.fair_day add column month int, add column first_n bigint;
update bench.fair_day f set month = ((extract(year from f.day) - 2021) * 12 + extract(month from f.day) - 1)::int;
update bench.fair_day f set first_n = m.first_n + m.day_sales + coalesce(x.before, 0)
from bench.month m, (select k, day, sum(sales) over (partition by month order by day, k rows between unbounded preceding and 1 preceding) as before
                     from bench.fair_day) x
where m.month = f.month and x.k = f.k and x.day = f.day;
commit;

analyze bench.seller, bench.exhibitor, bench.day, bench.fair_day, bench.store;
select (select count(*) from bench.seller) as sellers, (select count(*) from bench.edition) as fairs,
       (select count(*) from bench.exhibitor) as exhibitors, (select sum(sales) from bench.fair_day) as fair_sales,
       (select sum(sales) from bench.day) as other_sales, (select min(sales) from bench.day) as min_day,
       (select max(sales) from bench.day) as max_day;

-- For the bulk load, the ledger's non-unique indexes are dropped (their definitions kept) and made
-- again by finish.sql in one sorted pass each: 10 M lines inserted into five indexes in random key order
-- cost more than sorting them once. Unique ones (keys, receipt and client ids) stay.
create table bench.dropped_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
where i.indrelid in ('sales_sale'::regclass, 'sales_sale_line'::regclass) and not i.indisunique and not i.indisprimary;
select 'drop index ' || name from bench.dropped_index \gexec
