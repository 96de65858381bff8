-- pgbench transaction of bench/fairs: one batch sync of a stall device, the SQL that
-- StallDevices.sync → OfflineSales.record sends, statement by statement, in the same order and with the
-- same text (as pg_stat_statements shows it for an HTTP sync; literals where the app binds constants,
-- and a ::uuid cast where pgjdbc sends a uuid-typed parameter), the batch bound as text arrays as
-- pgjdbc binds the app's String[]. pgbench client c (0-based) is device d = c + 1 at stall d, as in
-- Bench.java. Run by run.sh: pgbench -n -M prepared -r -f bench/fairs/sync.sql -D sales=50 …
--
-- Not sent by the app: the first statement. pgbench cannot build arrays, so this statement (before
-- the transaction; the app builds the arrays in Java) generates the batch as Bench.java does and
-- hands it over with gset: sales numbered from the device's last_seq + 1, made over the last hour,
-- each of n = 1-3 lines of distinct variants of the stall (slots s1 < s2 < s3 among its 25, each step
-- drawn in 1..25/n), quantities 1-3 at the catalogue price, paid in cash, random UUIDs as ids. It
-- costs PostgreSQL about 1 ms per batch of 50 (statements-pgbench-N.txt), counted against pgbench.
-- Nor the device's authentication (its own read-only transaction, one indexed read per request).
\set d :client_id + 1
with dev as (
  select d.id as device, d.location_id as location, d.edition_id as edition, d.last_seq, l.party_id as actor,
         a.value_chain_code as chain, a.commune_id as commune, ((:d)::int - 1) % 8 + 1 as k
  from fairs_device d join sales_location l on l.id = d.location_id join registry_actor a on a.party_id = l.party_id
  where d.id = ('00000000-0000-4000-b000-' || lpad((:d)::text, 12, '0'))::uuid),
s as materialized (
  select i, gen_random_uuid()::text as id, gen_random_uuid()::text as client_id, dev.last_seq + i as seq,
         (date_trunc('second', now()) - interval '1 hour' + i * interval '72 seconds')::text as occurred,
         1 + floor(random() * 3)::int as n
  from dev, generate_series(1, 500) i where i <= (:sales)::int),  -- a constant series: one cached plan
l as materialized (
  select s.i, s.id, s.occurred, j, 1 + floor(random() * 3)::int as q,
         dev.k + 8 * (sum(1 + floor(random() * (25 / s.n))::int) over (partition by s.i order by j) - 1) as v
  from dev, s cross join generate_series(1, s.n) j),
-- lines in the device's order (sale, line); a sale's variants ascend with its line numbers, so this is
-- also the order of the app's stock entries (sale, variant)
lines as (
  select array_agg(id) as sale, array_agg(j) as line_no, array_agg(variant) as variant, array_agg(product) as product,
         array_agg(q) as q, array_agg(-q) as taken, array_agg(occurred) as occurred,
         array_agg(price || '.00') as price, array_agg(price * q || '.00') as amount
  from (select l.*, '00000000-0000-4000-8000-' || lpad(v::text, 12, '0') as variant,
               '00000000-0000-4000-9000-' || lpad(v::text, 12, '0') as product, 10 + v as price
        from l order by i, j) x),
heads as (
  select array_agg(id) as id, array_agg(client_id) as client_id, array_agg(replace(client_id || id, '-', '')) as hash,
         array_agg(occurred) as occurred, array_agg(total || '.00') as total, array_agg(n) as n, array_agg(seq) as seq,
         max(seq) as last, count(*) as sales
  from (select s.*, t.total from s join (select i, sum((10 + v) * q) as total from l group by i) t using (i) order by i) x)
select dev.device, dev.location, dev.edition, '{' || dev.actor || '}' as actors, dev.device as lock,
  (select array_agg(distinct v order by v) from (
     select ('00000000-0000-4000-8000-' || lpad(v::text, 12, '0'))::uuid as v from l) y)::text as variants,
  heads.last, heads.id::text as h_id, heads.client_id::text as h_client, heads.hash::text as h_hash,
  heads.occurred::text as h_occurred, array_fill('CASH'::text, array[heads.sales::int])::text as h_payment,
  heads.total::text as h_total, heads.n::text as h_lines, heads.seq::text as h_seq,
  array_fill(null::text, array[heads.sales::int])::text as h_cash, array_fill(''::text, array[heads.sales::int])::text as h_flags,
  lines.sale::text as l_sale, lines.line_no::text as l_no, lines.variant::text as l_variant, lines.product::text as l_product,
  array_fill(dev.actor::text, array[cardinality(lines.sale)])::text as l_seller,
  array_fill(dev.chain, array[cardinality(lines.sale)])::text as l_chain,
  array_fill(dev.commune::text, array[cardinality(lines.sale)])::text as l_commune,
  lines.occurred::text as l_occurred, lines.q::text as l_quantity, lines.price::text as l_price,
  lines.amount::text as l_amount, lines.taken::text as s_quantity
from dev, heads, lines
\gset
begin;
-- Editions.get
select id, slug, name_ar, name_fr, name_en, edition_no, territory_id, venue_ar, venue_fr, venue_en,
  starts_on, ends_on, opens_at, closes_at, area_m2, slogan_ar, slogan_fr, slogan_en, status,
  call_deadline, open_to_other_regions, stand_target, quota_women, quota_youth, quota_sector_max,
  quota_other_regions, corner_location_id
from fairs_edition where id = :edition;
-- StallDevices.sync: the stall's closed days
select day from fairs_day_close where location_id = :location;
-- OfflineSales.record: one batch of a device at a time
select pg_advisory_xact_lock(hashtextextended(:lock, 7));
-- Locations.find
select id, kind, party_id, name_ar, name_fr, name_en, commune_id, commission_rate, active
from sales_location where id = :location;
-- Products.sellable, then Actors.findAll of the sellers
select v.id, v.product_id, p.actor_id, p.value_chain_code, p.name_ar, p.name_fr, p.name_en,
       v.name_ar as v_name_ar, v.name_fr as v_name_fr, v.name_en as v_name_en, p.unit,
       v.barcode, v.price, (v.status = 'ACTIVE' and p.status = 'ACTIVE') as sellable
from catalog_variant v join catalog_product p on p.id = v.product_id
where v.id = any(:variants);
select a.*, p.name_ar, p.name_fr, p.name_en, v.sector_code
from registry_actor a join party_party p on p.id = a.party_id
join registry_value_chain v on v.code = a.value_chain_code where a.party_id = any(cast(:actors as uuid[]));
-- insertHeads: all heads in one statement
insert into sales_sale (id, client_id, request_hash, kind, channel, location_id, occurred_at,
  recorded_at, payment, total, line_count, recorded_by, device_id, device_seq, cash_given, flags)
select id::uuid, client_id::uuid, hash, 'SALE', 'FAIR', :location::uuid, occurred::timestamptz, now(), payment,
  total::numeric, line_count::int, null, :device::uuid, seq::bigint, cash::numeric,
  case when flags = '' then '{}'::text[] else string_to_array(flags, ',') end
from unnest(:h_id::text[], :h_client::text[], :h_hash::text[], :h_occurred::text[], :h_payment::text[], :h_total::text[], :h_lines::text[],
  :h_seq::text[], :h_cash::text[], :h_flags::text[])
  as t(id, client_id, hash, occurred, payment, total, line_count, seq, cash, flags)
on conflict do nothing
returning client_id, receipt_no;
-- insertLinesAndStock: lines in one statement
insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
  value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
select sale_id::uuid, line_no::int, variant_id::uuid, product_id::uuid, seller::uuid, chain,
  commune::bigint, 'FAIR', :location::uuid, occurred::timestamptz, quantity::numeric, price::numeric, amount::numeric
from unnest(:l_sale::text[], :l_no::text[], :l_variant::text[], :l_product::text[], :l_seller::text[], :l_chain::text[], :l_commune::text[], :l_occurred::text[],
  :l_quantity::text[], :l_price::text[], :l_amount::text[])
  as t(sale_id, line_no, variant_id, product_id, seller, chain, commune, occurred, quantity,
    price, amount);
-- the levels' row locks, in variant order
select variant_id, quantity from sales_stock_level
where location_id = :location::uuid and variant_id = any(:variants::uuid[]) order by variant_id for update;
-- one stock entry per sale and variant, in the device's order of sale (the trigger updates the level);
-- every line finds its stock (setup.sql), so no sales_stock_discrepancy row, on either side
insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, sale_id, recorded_by)
select :location::uuid, variant_id::uuid, actor_id::uuid, 'SALE', quantity::numeric, sale_id::uuid, null
from unnest(:l_variant::text[], :l_seller::text[], :s_quantity::text[], :l_sale::text[])
  as t(variant_id, actor_id, quantity, sale_id);
-- SalesLedger.warnOfLowStock: the levels just written
select variant_id, quantity from sales_stock_level where location_id = :location::uuid and variant_id = any(:variants::uuid[]);
-- StallDevices.sync: the device's last sequence number
update fairs_device set last_seq = greatest(last_seq, :last), last_sync_at = now()
where id = :device::uuid returning last_seq;
commit;
