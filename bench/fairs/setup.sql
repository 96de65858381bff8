-- Benchmark data for bench/fairs (run by run.sh through psql, once, on the bench's own database).
-- Two fairs RUNNING at the same time (Agadir and Taounate, bench editions), each with the same eight
-- demo cooperatives as exhibitors: 16 stalls, one paired device per stall, so that 16 devices sync
-- side by side without sharing a stock row (two devices of one stall would queue on its levels'
-- row locks for the whole batch). What Exhibitors.admit, StockJournal.receive/transfer and
-- StallDevices.pair write, in SQL: one edition row per fair, the stall (a STALL location of the
-- cooperative) and its fairs_exhibitor row, the device with the SHA-256 (lowercase hex, as
-- platform.Hashes) of a token the load client knows, and stock only through the journal.
--
-- Ids are deterministic so that Bench.java and sync.sql need no lookup:
--   variant n  = 00000000-0000-4000-8000-<n, 12 digits>, n = 1..200   (product: …-9000-…)
--   seller of variant n = cooperative k = (n - 1) % 8 + 1; price = 10 + n MAD
--   edition e  = 00000000-0000-4000-e000-<e, 12 digits>, e = 1, 2
--   stall d    = 00000000-0000-4000-a000-<d, 12 digits>, d = 1..16: edition (d - 1) / 8 + 1, cooperative (d - 1) % 8 + 1
--   device d   = 00000000-0000-4000-b000-<d, 12 digits>, at stall d, token 'tdd_bench-device-<d, 2 digits>'
-- Each stall holds its cooperative's 25 variants (n = k, k + 8, …, k + 192), 1,000,000 units of each.
\set ON_ERROR_STOP on
begin;

create temporary table bench_coop (k int primary key, actor_id uuid not null) on commit drop;
insert into bench_coop values
  (1, 'c1c2e5a0-1599-3b07-a918-59f3fce4a9ad'),  -- coop-tifawin (ARGAN)
  (2, '4574f589-a37d-39a4-953b-7f8c5bba0c20'),  -- coop-nahl-taounate (HONEY)
  (3, '1d339662-bfb7-3083-bba0-d5b4582f61e2'),  -- coop-tine-tissa (FIGS)
  (4, 'e20faf7b-a33e-3e84-a7dc-175f672abb1a'),  -- coop-pam-ghafsai (PAM)
  (5, 'd959c7c3-928d-3b89-ab5c-111b4b5c059f'),  -- coop-zitoun-karia (OLIVE_OIL)
  (6, '95c74e01-03dd-3f1b-9fbf-cbae28c88b78'),  -- coop-tmour-taghjijt (DATES)
  (7, '9c2e1a47-20d2-3a8b-9761-a7542789d818'),  -- coop-couscous-smara (COUSCOUS)
  (8, 'b047626d-e5f3-38bd-aca7-da1b5cc061d0');  -- coop-amal-drargua (CACTUS)

-- Two editions running now (Editions.create, then changeStatus up to RUNNING): Souss-Massa (09) and
-- Fès-Meknès (03), in the map version of the demo data.
insert into fairs_edition (id, slug, name_ar, name_fr, edition_no, territory_id, venue_fr, starts_on, ends_on,
  area_m2, status, stand_target, created_at)
select ('00000000-0000-4000-e000-' || lpad(e::text, 12, '0'))::uuid, 'bench-fair-' || e, 'سوق تجريبي ' || e,
       'Foire du banc d''essai ' || e, 1, t.id, 'Place du banc', current_date - 1, current_date + 5, 4000, 'RUNNING', 150,
       now()
from (values (1, '09'), (2, '03')) f(e, code)
join lateral (select id from geo_territory where code = f.code and level = 'REGION' order by map_version desc limit 1) t
  on true;

-- Each cooperative's own place (Locations.ofActor) and, per edition, its stall (Exhibitors.admit).
insert into sales_location (id, kind, party_id, name_fr, commune_id, created_at)
select gen_random_uuid(), 'ACTOR', a.party_id, p.name_fr, a.commune_id, now()
from bench_coop c join registry_actor a on a.party_id = c.actor_id join party_party p on p.id = a.party_id
on conflict (party_id) where kind = 'ACTOR' do nothing;

create temporary table bench_stall (d int primary key, e int not null, k int not null, location_id uuid not null,
  actor_id uuid not null) on commit drop;
insert into bench_stall
select d, (d - 1) / 8 + 1, (d - 1) % 8 + 1, ('00000000-0000-4000-a000-' || lpad(d::text, 12, '0'))::uuid, c.actor_id
from generate_series(1, 16) d join bench_coop c on c.k = (d - 1) % 8 + 1;

insert into sales_location (id, kind, party_id, name_fr, commune_id, created_at)
select s.location_id, 'STALL', s.actor_id, p.name_fr || ' — Foire du banc d''essai ' || s.e, a.commune_id, now()
from bench_stall s join registry_actor a on a.party_id = s.actor_id join party_party p on p.id = a.party_id;

insert into fairs_exhibitor (edition_id, actor_id, location_id, admitted_at)
select ('00000000-0000-4000-e000-' || lpad(s.e::text, 12, '0'))::uuid, s.actor_id, s.location_id, now()
from bench_stall s;

-- One paired device per stall (StallDevices.startPairing, then pair): token_hash as Hashes.sha256Hex.
insert into fairs_device (id, edition_id, location_id, mode, name, token_hash, paired_at, created_at)
select ('00000000-0000-4000-b000-' || lpad(s.d::text, 12, '0'))::uuid,
       ('00000000-0000-4000-e000-' || lpad(s.e::text, 12, '0'))::uuid, s.location_id, 'STALL',
       'Banc ' || s.d, encode(sha256(convert_to('tdd_bench-device-' || lpad(s.d::text, 2, '0'), 'UTF8')), 'hex'),
       now(), now()
from bench_stall s;

-- 200 products with one variant each, 25 per cooperative (as bench/sales).
insert into catalog_product (id, actor_id, code, name_fr, sector_code, value_chain_code, unit, status,
  created_at, updated_at)
select ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid, c.actor_id, 'BENCH' || lpad(n::text, 3, '0'),
       'Produit de banc ' || n, v.sector_code, a.value_chain_code, 'PIECE', 'ACTIVE', now(), now()
from generate_series(1, 200) n
join bench_coop c on c.k = (n - 1) % 8 + 1
join registry_actor a on a.party_id = c.actor_id
join registry_value_chain v on v.code = a.value_chain_code;

insert into catalog_variant (id, product_id, name_fr, quantity, packaging, barcode, price, status, sort_order,
  created_at, updated_at)
select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid,
       '1 pièce', 1, 'JAR', 'BENCH-' || lpad(n::text, 4, '0'), 10 + n, 'ACTIVE', 0, now(), now()
from generate_series(1, 200) n;

-- Made at home (RECEIPT of 2,000,000), then moved to each of the cooperative's two stalls (MOVE).
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason)
select l.id, v.id, p.actor_id, 'RECEIPT', 2000000, 'bench'
from catalog_variant v join catalog_product p on p.id = v.product_id
join sales_location l on l.party_id = p.actor_id and l.kind = 'ACTOR'
where p.code like 'BENCH%';

insert into sales_transfer (id, kind, from_location_id, to_location_id, actor_id, note, recorded_at)
select gen_random_uuid(), 'MOVE', l.id, s.location_id, s.actor_id, 'bench', now()
from bench_stall s join sales_location l on l.party_id = s.actor_id and l.kind = 'ACTOR';

insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, transfer_id)
select m.location_id, m.variant_id, m.actor_id, m.kind, m.quantity, t.id
from sales_transfer t
join catalog_product p on p.actor_id = t.actor_id and p.code like 'BENCH%'
join catalog_variant v on v.product_id = p.id
cross join lateral (values
  (1, t.from_location_id, v.id, p.actor_id, 'TRANSFER_OUT', -1000000),
  (2, t.to_location_id, v.id, p.actor_id, 'TRANSFER_IN', 1000000)) m(step, location_id, variant_id, actor_id, kind, quantity)
where t.note = 'bench'
order by t.to_location_id, v.id, m.step;

commit;
vacuum (analyze);
