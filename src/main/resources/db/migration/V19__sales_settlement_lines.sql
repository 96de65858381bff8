-- What an issued settlement statement froze: its lines by variant and the sales it covers, so the
-- statement reads the same whatever is recorded later. The statement itself keeps its figures;
-- only its payment may be recorded, once.

alter table sales_settlement add column paid_on date;
alter table sales_settlement add constraint sales_settlement_paid_ck check (
  (paid_on is null and paid_at is null and payment_reference is null)
  or (paid_on is not null and paid_at is not null and length(trim(payment_reference)) > 0));

create table sales_settlement_line (
  settlement_id uuid not null references sales_settlement (id),
  line_no       int not null,
  variant_id    uuid not null references catalog_variant (id),
  product_id    uuid not null references catalog_product (id),
  quantity      numeric(12, 3) not null,
  amount        numeric(14, 2) not null,
  constraint sales_settlement_line_pk primary key (settlement_id, line_no)
);

create table sales_settlement_sale (
  settlement_id uuid not null references sales_settlement (id),
  sale_id       uuid not null references sales_sale (id),
  amount        numeric(14, 2) not null,
  constraint sales_settlement_sale_pk primary key (settlement_id, sale_id)
);
create index sales_settlement_sale_sale_idx on sales_settlement_sale (sale_id);

create function sales_settlement_frozen() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' or old.paid_at is not null
     or new.number <> old.number or new.location_id <> old.location_id or new.actor_id <> old.actor_id
     or new.period_from <> old.period_from or new.period_to <> old.period_to or new.gross <> old.gross
     or new.commission_rate <> old.commission_rate or new.commission <> old.commission or new.net <> old.net
     or new.line_count <> old.line_count or new.issued_at <> old.issued_at then
    raise exception 'an issued settlement statement is frozen: only its payment may be recorded, once'
      using errcode = 'P0001';
  end if;
  return new;
end $$;
create trigger sales_settlement_frozen before update or delete on sales_settlement
  for each row execute function sales_settlement_frozen();
create trigger sales_settlement_line_append_only before update or delete on sales_settlement_line
  for each row execute function sales_append_only();
create trigger sales_settlement_sale_append_only before update or delete on sales_settlement_sale
  for each row execute function sales_append_only();
