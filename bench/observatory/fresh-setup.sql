-- Freshness probe of bench/observatory (run by run.sh after bench/fairs/setup.sql, which makes two fairs
-- RUNNING now with 16 paired stall devices of eight demo cooperatives: the sustained load). Adds a 17th
-- device, the probe: at the stall (in the first bench fair) of one synthetic actor whose province holds
-- none of those cooperatives' communes and whose commune has no sale yet this month, so that sales.amount
-- of that commune (or province) for the month moves only with the probe's sales. One product with one
-- variant at exactly 100.00 MAD, 1,000,000 units received at the stall through the journal.
--   stall  00000000-0000-4000-a000-000000000017    device …-b000-…17, token 'tdd_bench-device-17'
--   variant 00000000-0000-4000-8000-000000000999   product …-9000-…999
\set ON_ERROR_STOP on
begin;
create temporary table probe on commit drop as
select a.party_id as actor_id, a.commune_id, a.value_chain_code, v.sector_code, p.name_fr
from registry_actor a
join registry_value_chain v on v.code = a.value_chain_code
join party_party p on p.id = a.party_id
join geo_territory c on c.id = a.commune_id
where a.synthetic
  and c.parent_id not in (select g.parent_id from sales_location l join geo_territory g on g.id = l.commune_id
                          where l.id::text like '00000000-0000-4000-a000-%')
  and a.commune_id not in (select commune_id from sales_sale_line where occurred_at >= date_trunc('month', now()))
order by a.party_id
limit 1;

insert into sales_location (id, kind, party_id, name_fr, commune_id, created_at)
select '00000000-0000-4000-a000-000000000017', 'STALL', actor_id, coalesce(name_fr, 'Sonde') || ' — sonde de fraîcheur',
       (select commune_id from sales_location where id = '00000000-0000-4000-a000-000000000001'), now()
from probe;
insert into fairs_exhibitor (edition_id, actor_id, location_id, admitted_at)
select '00000000-0000-4000-e000-000000000001', actor_id, '00000000-0000-4000-a000-000000000017', now() from probe;
insert into fairs_device (id, edition_id, location_id, mode, name, token_hash, paired_at, created_at)
values ('00000000-0000-4000-b000-000000000017', '00000000-0000-4000-e000-000000000001',
        '00000000-0000-4000-a000-000000000017', 'STALL', 'Sonde',
        encode(sha256(convert_to('tdd_bench-device-17', 'UTF8')), 'hex'), now(), now());
insert into catalog_product (id, actor_id, code, name_fr, sector_code, value_chain_code, unit, status, created_at, updated_at)
select '00000000-0000-4000-9000-000000000999', actor_id, 'BENCH999', 'Produit sonde', sector_code, value_chain_code,
       'PIECE', 'ACTIVE', now(), now()
from probe;
insert into catalog_variant (id, product_id, name_fr, quantity, packaging, barcode, price, status, sort_order, created_at, updated_at)
values ('00000000-0000-4000-8000-000000000999', '00000000-0000-4000-9000-000000000999', '1 pièce', 1, 'BOX', 'BENCH-0999',
        100.00, 'ACTIVE', 0, now(), now());
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason)
select '00000000-0000-4000-a000-000000000017', '00000000-0000-4000-8000-000000000999', actor_id, 'RECEIPT', 1000000, 'bench'
from probe;
commit;
