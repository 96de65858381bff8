-- The public directory at national scale (60,000 actors; figures in bench/registry/README.md).

-- The directory's order (name, then id) kept on the actor itself, like search_text: a page of
-- results is read from registry_actor alone (by this index when there is no text), and the
-- party's names are joined for the twenty rows shown only. Set at registration from the party's
-- names; whatever renames a party must refresh search_text and sort_name with it.
alter table registry_actor add column sort_name text;
update registry_actor a set sort_name = coalesce(p.name_fr, p.name_ar) from party_party p where p.id = a.party_id;
alter table registry_actor alter column sort_name set not null;
create index registry_actor_sort_name_idx on registry_actor (sort_name, party_id);

-- Totals of the women-led and youth-led filters by index-only scans.
create index registry_actor_women_led_idx on registry_actor (women_led);
create index registry_actor_youth_led_idx on registry_actor (youth_led);
