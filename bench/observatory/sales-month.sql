-- Observatory benchmark, generation step 2 of 3: the sales of one month (m = 0 for January 2021 … 59 for
-- December 2025) as bench.day / bench.fair_day planned them (prepare.sql), heads and lines in one
-- statement. run.sh runs the 60 months in BENCH_JOBS parallel psql sessions:
--
--   psql -v m=0 -f sales-month.sql
--
-- A sale n (its ids, receipt number, channel, seller, time, basket) depends only on n and the seed, so
-- the rows are the same whatever the order or the parallelism.
--
-- What the ledger would hold (V16): kind SALE; lines copy the sale's channel, location and time, and the
-- seller's value chain and commune; amount = round(quantity x unit price, 2), the head's total their sum.
--   - shop, online and direct sales (bench.day): channel by day, the online and store shares growing
--     over the five years (online 3 % -> 18 %, store 22 % -> 32 %, more in the store during Ramadan), the
--     rest DIRECT; seller among the actors existing that day, the heavier of two drawn (power of two
--     choices on bench.seller.weight: bigger cooperatives sell more); STORE sales at the province's
--     solidarity store, ONLINE and DIRECT ones at the actor's own place; 09:00-20:00 local time;
--   - fair sales (bench.fair_day): an exhibitor of the edition drawn uniformly, at its stall, 10:00-22:00,
--     recorded up to an hour later (stall devices sync offline);
--   - basket: 1-6 lines (basket size by sale number, a cycle of 20 summing to 50: 2.5 lines a sale on
--     average, exactly, so :sales sales give 2.5 x :sales lines), distinct variants of the seller,
--     quantities 1-3 (DIRECT: 1-8, wholesale), at the catalogue price; payment by channel.
-- No stock journal: the history's stock movements are not what the observatory reads.
\set ON_ERROR_STOP on
set session_replication_role = replica;  -- bulk load: no FK triggers (ids are built to match), see run.sh
set synchronous_commit = off;
set max_parallel_workers_per_gather = 0;
set work_mem = '256MB';
with s0 as (
  select n, d.day, case
           when bench.r(n, 1) < 0.03 + 0.03 * d.t then 'ONLINE'
           when bench.r(n, 1) < 0.25 + 0.05 * d.t + case when d.ramadan then 0.05 else 0 end then 'STORE'
           else 'DIRECT' end as channel,
         floor(d.sellers * bench.r(n, 2))::int as i1, floor(d.sellers * bench.r(n, 3))::int as i2,
         null::uuid as stall, null::int as stall_seller
  from bench.day d cross join generate_series(d.first_n, d.first_n + d.sales - 1) n
  where d.month = :m
  union all
  select n, f.day, 'FAIR', null, null, x.location_id, x.i
  from bench.fair_day f cross join generate_series(f.first_n, f.first_n + f.sales - 1) n
  join bench.exhibitor x on x.k = f.k and x.j = floor(f.exhibitors * bench.r(n, 2))::int
  where f.month = :m),
s as materialized (
  select s0.n, s0.channel,
         coalesce(s0.stall_seller, case when a.weight >= b.weight then s0.i1 else s0.i2 end) as i,
         ((s0.day + case when s0.channel = 'FAIR' then interval '10 hours' + bench.r(n, 4) * interval '12 hours'
                         else interval '9 hours' + bench.r(n, 4) * interval '11 hours' end)::timestamp(0)
           at time zone 'Africa/Casablanca') as occurred_at,
         s0.stall,
         (array[1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 6])[(n * 7) % 20 + 1] as line_count,
         bench.r(n, 5) as pay
  from s0
  left join bench.seller a on a.i = s0.i1
  left join bench.seller b on b.i = s0.i2),
l as materialized (
  select s.n, j, s.i, b.actor_id, b.value_chain_code, b.commune_id, s.channel,
         case s.channel when 'FAIR' then s.stall when 'STORE' then bench.uuid('d003', b.province_id)
              else bench.uuid('d002', s.i) end as location_id,
         s.occurred_at, (floor(6 * bench.r(n, 6))::int + j - 1) % 6 as slot,
         case when s.channel = 'DIRECT' then 1 + floor(8 * bench.r(n * 8 + j, 7)) else 1 + floor(3 * bench.r(n * 8 + j, 7)) end
           ::numeric as quantity,
         b.price0
  from s join bench.seller b on b.i = s.i cross join generate_series(1, s.line_count) j),
priced as materialized (
  select l.*, round(price0 * bench.slot_factor(slot), 2) as unit_price,
         round(quantity * round(price0 * bench.slot_factor(slot), 2), 2) as amount
  from l),
heads as (
  insert into sales_sale (id, client_id, request_hash, receipt_no, kind, channel, location_id, occurred_at, recorded_at,
    payment, total, line_count)
  select bench.uuid('c000', s.n), bench.uuid('c001', s.n), 'obs' || s.n, 1000000 + s.n, 'SALE', s.channel,
         p.location_id, s.occurred_at,
         s.occurred_at + case when s.channel = 'FAIR' then bench.r(s.n, 8) * interval '1 hour' else interval '0' end,
         case s.channel
           when 'STORE' then case when s.pay < 0.6 then 'CASH' when s.pay < 0.9 then 'CARD' else 'MOBILE' end
           when 'ONLINE' then case when s.pay < 0.6 then 'CARD' when s.pay < 0.85 then 'MOBILE' else 'TRANSFER' end
           when 'FAIR' then case when s.pay < 0.85 then 'CASH' when s.pay < 0.95 then 'MOBILE' else 'CARD' end
           else case when s.pay < 0.8 then 'CASH' when s.pay < 0.95 then 'TRANSFER' else 'MOBILE' end end,
         p.total, s.line_count
  from s join (select n, min(location_id::text)::uuid as location_id, sum(amount) as total from priced group by n) p using (n)
  order by s.n)
insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id, value_chain_code, commune_id,
  channel, location_id, occurred_at, quantity, unit_price, amount)
select bench.uuid('c000', p.n), p.j, bench.uuid('d001', 6 * p.i + p.slot), bench.uuid('d000', 3 * p.i + p.slot / 2),
       p.actor_id, p.value_chain_code, p.commune_id, p.channel, p.location_id, p.occurred_at, p.quantity, p.unit_price,
       p.amount
from priced p
order by p.n, p.j;
