-- What the generated dataset holds (run.sh prints it after the generation).
\pset footer off
select (select count(*) from registry_actor) as actors, (select count(*) from registry_member) as members,
       (select count(*) from catalog_variant) as variants, (select count(*) from sales_location) as locations,
       (select count(*) from fairs_edition) as fairs, (select count(*) from fairs_exhibitor) as exhibitors,
       (select count(*) from sales_sale) as sales, (select count(*) from sales_sale_line) as sale_lines;
select extract(year from occurred_at at time zone 'Africa/Casablanca') as year, count(*) as lines,
       round(sum(amount) / 1e6, 1) as "amount MMAD",
       round(100.0 * count(*) filter (where channel = 'DIRECT') / count(*), 1) as "DIRECT %",
       round(100.0 * count(*) filter (where channel = 'STORE') / count(*), 1) as "STORE %",
       round(100.0 * count(*) filter (where channel = 'FAIR') / count(*), 1) as "FAIR %",
       round(100.0 * count(*) filter (where channel = 'ONLINE') / count(*), 1) as "ONLINE %"
from sales_sale_line group by 1 order by 1;
select pg_size_pretty(pg_total_relation_size('sales_sale_line')) as sale_lines_with_indexes,
       pg_size_pretty(pg_total_relation_size('sales_sale')) as sales_with_indexes,
       pg_size_pretty(pg_database_size('tadamon')) as database;
-- Fingerprint of the generated history (the bench's sales only: the demo data's sales move with today's
-- date): two runs with one seed must print the same.
select md5(string_agg(concat_ws(':', m, channel, n, amount, sellers), ',' order by m, channel)) as fingerprint
from (select date_trunc('month', occurred_at) as m, channel, count(*) as n, sum(amount) as amount,
             sum(hashtext(seller_actor_id::text)::bigint + commune_id + line_no) as sellers
      from sales_sale_line
      where sale_id between '00000000-0000-4000-c000-000000000000' and '00000000-0000-4000-c000-ffffffffffff'
      group by 1, 2) x;
