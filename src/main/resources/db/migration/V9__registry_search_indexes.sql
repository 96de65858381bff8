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

-- How many actors there are, kept by statement triggers: the directory's unfiltered first page (its
-- most visited) shows the total without counting the whole register on every visit. One row;
-- registrations update it in their own transaction, so every reader sees the count of its snapshot.
create table registry_actor_total (
  only_row boolean primary key default true constraint registry_actor_total_one_row_ck check (only_row),
  actors   bigint not null
);
insert into registry_actor_total (actors) select count(*) from registry_actor;

create function registry_actor_total_added() returns trigger language plpgsql as $$
begin
  update registry_actor_total set actors = actors + (select count(*) from added);
  return null;
end $$;

create function registry_actor_total_removed() returns trigger language plpgsql as $$
begin
  update registry_actor_total set actors = actors - (select count(*) from removed);
  return null;
end $$;

create function registry_actor_total_emptied() returns trigger language plpgsql as $$
begin
  update registry_actor_total set actors = 0;
  return null;
end $$;

create trigger registry_actor_total_insert after insert on registry_actor
  referencing new table as added for each statement execute function registry_actor_total_added();
create trigger registry_actor_total_delete after delete on registry_actor
  referencing old table as removed for each statement execute function registry_actor_total_removed();
create trigger registry_actor_total_truncate after truncate on registry_actor
  for each statement execute function registry_actor_total_emptied();
