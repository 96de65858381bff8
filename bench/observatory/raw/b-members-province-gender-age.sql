-- Raw baseline (b): current members by gender and age band for one province (members of actors whose
-- commune lies in it). API equivalent: registry.members?territory=<province>&by=gender,ageBand
\set p random(0, 74)
select m.gender,
       case when m.birth_year is null then 'UNKNOWN'
            when extract(year from current_date) - m.birth_year < 35 then '18-34'
            when extract(year from current_date) - m.birth_year < 50 then '35-49'
            when extract(year from current_date) - m.birth_year < 65 then '50-64'
            else '65+' end as age_band,
       count(*) as members
from registry_member m
join registry_actor a on a.party_id = m.actor_id
join geo_territory_path t on t.territory_id = a.commune_id
where m.left_on is null
  and t.province_id = (select id from geo_territory where map_version = '2015' and level = 'PROVINCE' order by code offset :p limit 1)
group by 1, 2
order by 1, 2;
