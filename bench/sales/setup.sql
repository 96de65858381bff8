-- Benchmark data for bench/sales (run by run.sh through psql, once, on the bench's own database).
-- 200 variants (one product each) of eight demo cooperatives, consigned to one bench store with
-- 1,000,000 units each: stock moves only through the journal (sales_stock_entry), whose trigger
-- keeps sales_stock_level right, exactly as StockJournal.receive and StockJournal.transfer do.
-- Ids are deterministic so that Bench.java and sale.sql can name variant n without a lookup:
--   variant n  = 00000000-0000-4000-8000-<n, 12 digits>   (ordered like n, in Java and in SQL)
--   product n  = 00000000-0000-4000-9000-<n, 12 digits>
--   seller of variant n = the ((n - 1) % 8 + 1)-th cooperative below; price = 10 + n MAD.
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

-- The bench store, operated by the demo store operator (DemoPartyIds.STORE_SOUSS_MASSA).
insert into sales_location (id, kind, party_id, name_fr, commission_rate, created_at)
values ('00000000-0000-4000-a000-000000000001', 'STORE', '391bcc8e-342c-3e28-84c7-5a73df717c02',
        'Boutique du banc d''essai', 0.15, now());

-- Each cooperative's own place (Locations.ofActor).
insert into sales_location (id, kind, party_id, name_fr, commune_id, created_at)
select gen_random_uuid(), 'ACTOR', a.party_id, p.name_fr, a.commune_id, now()
from bench_coop c join registry_actor a on a.party_id = c.actor_id join party_party p on p.id = a.party_id
on conflict (party_id) where kind = 'ACTOR' do nothing;

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

-- Made at home (RECEIPT), then consigned to the store in one transfer per cooperative.
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason)
select l.id, v.id, p.actor_id, 'RECEIPT', 1000000, 'bench'
from catalog_variant v join catalog_product p on p.id = v.product_id
join sales_location l on l.party_id = p.actor_id and l.kind = 'ACTOR'
where p.code like 'BENCH%';

insert into sales_transfer (id, kind, from_location_id, to_location_id, actor_id, note, recorded_at)
select gen_random_uuid(), 'CONSIGNMENT', l.id, '00000000-0000-4000-a000-000000000001', c.actor_id, 'bench', now()
from bench_coop c join sales_location l on l.party_id = c.actor_id and l.kind = 'ACTOR';

insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, transfer_id)
select m.location_id, m.variant_id, m.actor_id, m.kind, m.quantity, t.id
from sales_transfer t
join catalog_product p on p.actor_id = t.actor_id and p.code like 'BENCH%'
join catalog_variant v on v.product_id = p.id
cross join lateral (values
  (1, t.from_location_id, v.id, p.actor_id, 'TRANSFER_OUT', -1000000),
  (2, t.to_location_id, v.id, p.actor_id, 'TRANSFER_IN', 1000000)) m(step, location_id, variant_id, actor_id, kind, quantity)
where t.note = 'bench'
order by v.id, m.step;

commit;
vacuum (analyze);
