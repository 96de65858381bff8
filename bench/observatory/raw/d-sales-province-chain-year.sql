-- Raw baseline (d): sales by value chain and year for one province over the five years.
-- API equivalent: sales.amount?territory=<province>&period=YEAR&from=2021-01&to=2025-12&by=valueChain
\set p random(0, 74)
select l.value_chain_code, extract(year from l.occurred_at at time zone 'Africa/Casablanca') as year,
       sum(l.amount) as amount, count(*) as lines
from sales_sale_line l
join geo_territory_path t on t.territory_id = l.commune_id
where t.province_id = (select id from geo_territory where map_version = '2015' and level = 'PROVINCE' order by code offset :p limit 1)
  and l.occurred_at >= timestamptz '2021-01-01 00:00 Africa/Casablanca'
  and l.occurred_at < timestamptz '2026-01-01 00:00 Africa/Casablanca'
group by 1, 2
order by 1, 2;
