-- One store sale of 1-5 lines: the SQL transaction SalesLedger.record sends for POST /api/v1/sales
-- (since the API tokens and the answer from data in hand: no client-id lookup first, no re-read after)
-- (statements as seen in pg_stat_statements for one HTTP sale, in the same order, one round trip each).
-- Run by bench/sales/run.sh: pgbench -n -M prepared -f sale.sql -D loc=... -D account=... -D actors=...
-- -D chains=... -D communes=... (see run.sh). Needs pgbench 11+ (\if, case in \set).
--
-- The same basket generator as Bench.java: n lines (1-5), variants v1 < v2 < ... < vn drawn in steps
-- of at most 200/n among the 200 bench variants (distinct and already in variant-id order, the order
-- the app takes stock in), quantities 1-3. When n < 5 the unused v's repeat the last one, so the
-- arrays of the reads hold the same distinct ids as the app's. What the app takes from its reads
-- (product, seller, value chain, commune, price) is known from the variant's number here (see
-- setup.sql): array look-ups on parameters, no extra statement. Ids: md5 of random numbers.
\set n random(1, 5)
\set step 200 / :n
\set v1 random(1, :step)
\set v2 :v1 + case when :n >= 2 then random(1, :step) else 0 end
\set v3 :v2 + case when :n >= 3 then random(1, :step) else 0 end
\set v4 :v3 + case when :n >= 4 then random(1, :step) else 0 end
\set v5 :v4 + case when :n >= 5 then random(1, :step) else 0 end
\set q1 random(1, 3)
\set q2 random(1, 3)
\set q3 random(1, 3)
\set q4 random(1, 3)
\set q5 random(1, 3)
\set m1 0 - :q1
\set m2 0 - :q2
\set m3 0 - :q3
\set m4 0 - :q4
\set m5 0 - :q5
\set total :q1 * (10 + :v1) + case when :n >= 2 then :q2 * (10 + :v2) else 0 end + case when :n >= 3 then :q3 * (10 + :v3) else 0 end + case when :n >= 4 then :q4 * (10 + :v4) else 0 end + case when :n >= 5 then :q5 * (10 + :v5) else 0 end
\set sale random(1, 4000000000000000000)
\set client random(1, 4000000000000000000)
begin;
-- Locations.find
select id, kind, party_id, name_ar, name_fr, name_en, commune_id, commission_rate, active
from sales_location where id = :loc;
-- Products.sellable, then Actors.findAll of the sellers
select v.id, v.product_id, p.actor_id, p.value_chain_code, p.name_ar, p.name_fr, p.name_en,
       v.name_ar as v_name_ar, v.name_fr as v_name_fr, v.name_en as v_name_en, p.unit,
       v.barcode, v.price, (v.status = 'ACTIVE' and p.status = 'ACTIVE') as sellable
from catalog_variant v join catalog_product p on p.id = v.product_id
where v.id = any(array[('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v2::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v3::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v4::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v5::text, 12, '0'))::uuid]);
select a.*, p.name_ar, p.name_fr, p.name_en, v.sector_code
from registry_actor a join party_party p on p.id = a.party_id
join registry_value_chain v on v.code = a.value_chain_code
where a.party_id = any(array[(:actors::uuid[])[(:v1 - 1) % 8 + 1], (:actors::uuid[])[(:v2 - 1) % 8 + 1], (:actors::uuid[])[(:v3 - 1) % 8 + 1], (:actors::uuid[])[(:v4 - 1) % 8 + 1], (:actors::uuid[])[(:v5 - 1) % 8 + 1]]);
insert into sales_sale (id, client_id, request_hash, kind, channel, location_id, occurred_at,
  recorded_at, payment, total, line_count, recorded_by, device_id, device_seq)
values (md5('sale' || :sale)::uuid, md5('client' || :client)::uuid, md5('h' || :client) || md5('h' || :sale), 'SALE', 'STORE', :loc, now(),
  now(), 'CASH', :total, :n, :account, null, null)
on conflict (client_id) do nothing
returning receipt_no;
-- insertLines: all lines in one statement
\if :n = 1
insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
  value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
values
  (md5('sale' || :sale)::uuid, 1, ('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v1::text, 12, '0'))::uuid, (:actors::uuid[])[(:v1 - 1) % 8 + 1], (:chains::text[])[(:v1 - 1) % 8 + 1], (:communes::bigint[])[(:v1 - 1) % 8 + 1], 'STORE', :loc, now(), :q1, 10 + :v1, :q1 * (10 + :v1));
\elif :n = 2
insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
  value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
values
  (md5('sale' || :sale)::uuid, 1, ('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v1::text, 12, '0'))::uuid, (:actors::uuid[])[(:v1 - 1) % 8 + 1], (:chains::text[])[(:v1 - 1) % 8 + 1], (:communes::bigint[])[(:v1 - 1) % 8 + 1], 'STORE', :loc, now(), :q1, 10 + :v1, :q1 * (10 + :v1)),
  (md5('sale' || :sale)::uuid, 2, ('00000000-0000-4000-8000-' || lpad(:v2::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v2::text, 12, '0'))::uuid, (:actors::uuid[])[(:v2 - 1) % 8 + 1], (:chains::text[])[(:v2 - 1) % 8 + 1], (:communes::bigint[])[(:v2 - 1) % 8 + 1], 'STORE', :loc, now(), :q2, 10 + :v2, :q2 * (10 + :v2));
\elif :n = 3
insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
  value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
values
  (md5('sale' || :sale)::uuid, 1, ('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v1::text, 12, '0'))::uuid, (:actors::uuid[])[(:v1 - 1) % 8 + 1], (:chains::text[])[(:v1 - 1) % 8 + 1], (:communes::bigint[])[(:v1 - 1) % 8 + 1], 'STORE', :loc, now(), :q1, 10 + :v1, :q1 * (10 + :v1)),
  (md5('sale' || :sale)::uuid, 2, ('00000000-0000-4000-8000-' || lpad(:v2::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v2::text, 12, '0'))::uuid, (:actors::uuid[])[(:v2 - 1) % 8 + 1], (:chains::text[])[(:v2 - 1) % 8 + 1], (:communes::bigint[])[(:v2 - 1) % 8 + 1], 'STORE', :loc, now(), :q2, 10 + :v2, :q2 * (10 + :v2)),
  (md5('sale' || :sale)::uuid, 3, ('00000000-0000-4000-8000-' || lpad(:v3::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v3::text, 12, '0'))::uuid, (:actors::uuid[])[(:v3 - 1) % 8 + 1], (:chains::text[])[(:v3 - 1) % 8 + 1], (:communes::bigint[])[(:v3 - 1) % 8 + 1], 'STORE', :loc, now(), :q3, 10 + :v3, :q3 * (10 + :v3));
\elif :n = 4
insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
  value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
values
  (md5('sale' || :sale)::uuid, 1, ('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v1::text, 12, '0'))::uuid, (:actors::uuid[])[(:v1 - 1) % 8 + 1], (:chains::text[])[(:v1 - 1) % 8 + 1], (:communes::bigint[])[(:v1 - 1) % 8 + 1], 'STORE', :loc, now(), :q1, 10 + :v1, :q1 * (10 + :v1)),
  (md5('sale' || :sale)::uuid, 2, ('00000000-0000-4000-8000-' || lpad(:v2::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v2::text, 12, '0'))::uuid, (:actors::uuid[])[(:v2 - 1) % 8 + 1], (:chains::text[])[(:v2 - 1) % 8 + 1], (:communes::bigint[])[(:v2 - 1) % 8 + 1], 'STORE', :loc, now(), :q2, 10 + :v2, :q2 * (10 + :v2)),
  (md5('sale' || :sale)::uuid, 3, ('00000000-0000-4000-8000-' || lpad(:v3::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v3::text, 12, '0'))::uuid, (:actors::uuid[])[(:v3 - 1) % 8 + 1], (:chains::text[])[(:v3 - 1) % 8 + 1], (:communes::bigint[])[(:v3 - 1) % 8 + 1], 'STORE', :loc, now(), :q3, 10 + :v3, :q3 * (10 + :v3)),
  (md5('sale' || :sale)::uuid, 4, ('00000000-0000-4000-8000-' || lpad(:v4::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v4::text, 12, '0'))::uuid, (:actors::uuid[])[(:v4 - 1) % 8 + 1], (:chains::text[])[(:v4 - 1) % 8 + 1], (:communes::bigint[])[(:v4 - 1) % 8 + 1], 'STORE', :loc, now(), :q4, 10 + :v4, :q4 * (10 + :v4));
\elif :n = 5
insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
  value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
values
  (md5('sale' || :sale)::uuid, 1, ('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v1::text, 12, '0'))::uuid, (:actors::uuid[])[(:v1 - 1) % 8 + 1], (:chains::text[])[(:v1 - 1) % 8 + 1], (:communes::bigint[])[(:v1 - 1) % 8 + 1], 'STORE', :loc, now(), :q1, 10 + :v1, :q1 * (10 + :v1)),
  (md5('sale' || :sale)::uuid, 2, ('00000000-0000-4000-8000-' || lpad(:v2::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v2::text, 12, '0'))::uuid, (:actors::uuid[])[(:v2 - 1) % 8 + 1], (:chains::text[])[(:v2 - 1) % 8 + 1], (:communes::bigint[])[(:v2 - 1) % 8 + 1], 'STORE', :loc, now(), :q2, 10 + :v2, :q2 * (10 + :v2)),
  (md5('sale' || :sale)::uuid, 3, ('00000000-0000-4000-8000-' || lpad(:v3::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v3::text, 12, '0'))::uuid, (:actors::uuid[])[(:v3 - 1) % 8 + 1], (:chains::text[])[(:v3 - 1) % 8 + 1], (:communes::bigint[])[(:v3 - 1) % 8 + 1], 'STORE', :loc, now(), :q3, 10 + :v3, :q3 * (10 + :v3)),
  (md5('sale' || :sale)::uuid, 4, ('00000000-0000-4000-8000-' || lpad(:v4::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v4::text, 12, '0'))::uuid, (:actors::uuid[])[(:v4 - 1) % 8 + 1], (:chains::text[])[(:v4 - 1) % 8 + 1], (:communes::bigint[])[(:v4 - 1) % 8 + 1], 'STORE', :loc, now(), :q4, 10 + :v4, :q4 * (10 + :v4)),
  (md5('sale' || :sale)::uuid, 5, ('00000000-0000-4000-8000-' || lpad(:v5::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(:v5::text, 12, '0'))::uuid, (:actors::uuid[])[(:v5 - 1) % 8 + 1], (:chains::text[])[(:v5 - 1) % 8 + 1], (:communes::bigint[])[(:v5 - 1) % 8 + 1], 'STORE', :loc, now(), :q5, 10 + :v5, :q5 * (10 + :v5));
\endif
-- one stock entry per distinct variant, in variant order (the trigger updates the level)
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason,
  sale_id, transfer_id, recorded_at, recorded_by)
values (:loc, ('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, (:actors::uuid[])[(:v1 - 1) % 8 + 1], 'SALE', :m1, null, md5('sale' || :sale)::uuid, null, now(), :account);
\if :n >= 2
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason,
  sale_id, transfer_id, recorded_at, recorded_by)
values (:loc, ('00000000-0000-4000-8000-' || lpad(:v2::text, 12, '0'))::uuid, (:actors::uuid[])[(:v2 - 1) % 8 + 1], 'SALE', :m2, null, md5('sale' || :sale)::uuid, null, now(), :account);
\endif
\if :n >= 3
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason,
  sale_id, transfer_id, recorded_at, recorded_by)
values (:loc, ('00000000-0000-4000-8000-' || lpad(:v3::text, 12, '0'))::uuid, (:actors::uuid[])[(:v3 - 1) % 8 + 1], 'SALE', :m3, null, md5('sale' || :sale)::uuid, null, now(), :account);
\endif
\if :n >= 4
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason,
  sale_id, transfer_id, recorded_at, recorded_by)
values (:loc, ('00000000-0000-4000-8000-' || lpad(:v4::text, 12, '0'))::uuid, (:actors::uuid[])[(:v4 - 1) % 8 + 1], 'SALE', :m4, null, md5('sale' || :sale)::uuid, null, now(), :account);
\endif
\if :n >= 5
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason,
  sale_id, transfer_id, recorded_at, recorded_by)
values (:loc, ('00000000-0000-4000-8000-' || lpad(:v5::text, 12, '0'))::uuid, (:actors::uuid[])[(:v5 - 1) % 8 + 1], 'SALE', :m5, null, md5('sale' || :sale)::uuid, null, now(), :account);
\endif
-- the low-stock check: the levels just written, read under the sale's own row locks
select variant_id, quantity from sales_stock_level where location_id = :loc and variant_id = any(array[('00000000-0000-4000-8000-' || lpad(:v1::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v2::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v3::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v4::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(:v5::text, 12, '0'))::uuid]);
commit;
