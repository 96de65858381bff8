-- Raw baseline (c): actors by type and status for the whole country.
-- API equivalent: registry.actors?territory=MA&by=type,status
select a.type, a.status, count(*) as actors
from registry_actor a
join geo_territory_path t on t.territory_id = a.commune_id
where t.country_id = (select id from geo_territory where map_version = '2015' and code = 'MA')
group by 1, 2
order by 1, 2;
