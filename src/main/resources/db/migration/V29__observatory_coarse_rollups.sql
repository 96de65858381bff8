-- Coarser rollups for the most asked questions (bench/observatory): sales by channel without the
-- value chain (20 times fewer rows), members by legal form, gender and birth year without the
-- value chain. A question that needs no value chain or sector reads these; the drain and the
-- rebuild keep them with the others.
create table obs_sales_channel_rollup (
  territory_id bigint not null,
  month        date not null,
  channel      text not null,
  amount       numeric(18, 2) not null,
  quantity     numeric(18, 3) not null,
  lines        bigint not null,
  constraint obs_sales_channel_rollup_pk primary key (territory_id, month, channel)
);

create table obs_member_age_rollup (
  territory_id bigint not null,
  type         text not null,
  gender       text not null,
  birth_year   int not null,
  members      bigint not null,
  constraint obs_member_age_rollup_pk primary key (territory_id, type, gender, birth_year)
);

insert into obs_sales_channel_rollup (territory_id, month, channel, amount, quantity, lines)
select territory_id, month, channel, sum(amount), sum(quantity), sum(lines)
from obs_sales_rollup group by 1, 2, 3;

insert into obs_member_age_rollup (territory_id, type, gender, birth_year, members)
select territory_id, type, gender, birth_year, sum(members)
from obs_member_rollup group by 1, 2, 3, 4;
