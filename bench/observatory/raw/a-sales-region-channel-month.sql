-- Raw baseline (a): sales amount by channel and month for one region over one year, straight from the
-- ledger's lines (territory of a line = its seller's commune, rolled up through geo_territory_path).
-- API equivalent: sales.amount?territory=<region>&period=MONTH&from=Y-01&to=Y-12&by=channel
\set region random(1, 12)
\set year random(2021, 2025)
select l.channel, date_trunc('month', l.occurred_at at time zone 'Africa/Casablanca') as month,
       sum(l.amount) as amount, count(*) as lines
from sales_sale_line l
join geo_territory_path t on t.territory_id = l.commune_id
where t.region_id = (select id from geo_territory where map_version = '2015' and level = 'REGION' and code = lpad(:region::text, 2, '0'))
  -- bounds in scalar subqueries: computed once (a stable function in a scan's filter runs for every row)
  and l.occurred_at >= (select make_timestamptz(:year, 1, 1, 0, 0, 0, 'Africa/Casablanca'))
  and l.occurred_at < (select make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Africa/Casablanca'))
group by 1, 2
order by 1, 2;
