-- Sales: where stock lies (locations), how it moves (an append-only journal that alone changes the
-- levels, which can never go negative), and one append-only ledger of every sale from every
-- channel. What must never happen is refused here, not only in Java.

create table sales_location (
  id              uuid primary key,
  kind            text not null,
  party_id        uuid not null references party_party (id),
  name_ar         text,
  name_fr         text,
  name_en         text,
  commune_id      bigint references geo_territory (id),
  commission_rate numeric(5, 4),
  active          boolean not null default true,
  created_at      timestamp with time zone not null,
  constraint sales_location_kind_ck check (kind in ('ACTOR', 'STORE', 'STALL')),
  constraint sales_location_name_ck check (coalesce(name_ar, name_fr) is not null),
  constraint sales_location_commission_ck check (commission_rate is null or commission_rate between 0 and 1),
  constraint sales_location_store_ck check (kind <> 'STORE' or commission_rate is not null)
);
create index sales_location_party_idx on sales_location (party_id);
-- An actor's own premises: one default location per actor, created on first use.
create unique index sales_location_actor_uk on sales_location (party_id) where kind = 'ACTOR';

create table sales_transfer (
  id               uuid primary key,
  kind             text not null,
  from_location_id uuid not null references sales_location (id),
  to_location_id   uuid not null references sales_location (id),
  actor_id         uuid not null references party_party (id),
  note             text,
  recorded_at      timestamp with time zone not null,
  recorded_by      uuid,
  constraint sales_transfer_kind_ck check (kind in ('CONSIGNMENT', 'RETURN_TO_OWNER', 'MOVE')),
  constraint sales_transfer_places_ck check (from_location_id <> to_location_id)
);
create index sales_transfer_to_idx on sales_transfer (to_location_id, recorded_at);
create index sales_transfer_actor_idx on sales_transfer (actor_id, recorded_at);

-- Current stock per location and variant. Written only by the journal's trigger.
create table sales_stock_level (
  location_id uuid not null references sales_location (id),
  variant_id  uuid not null references catalog_variant (id),
  actor_id    uuid not null references party_party (id),
  quantity    numeric(12, 3) not null,
  updated_at  timestamp with time zone not null,
  constraint sales_stock_level_pk primary key (location_id, variant_id),
  constraint sales_stock_level_nonnegative_ck check (quantity >= 0)
);
create index sales_stock_level_actor_idx on sales_stock_level (actor_id, location_id);

create table sales_stock_entry (
  id          bigint generated always as identity primary key,
  location_id uuid not null references sales_location (id),
  variant_id  uuid not null references catalog_variant (id),
  actor_id    uuid not null references party_party (id),
  kind        text not null,
  quantity    numeric(12, 3) not null,
  reason      text,
  sale_id     uuid,
  transfer_id uuid references sales_transfer (id),
  recorded_at timestamp with time zone not null default now(),
  recorded_by uuid,
  constraint sales_stock_entry_kind_ck check (kind in ('RECEIPT', 'TRANSFER_OUT', 'TRANSFER_IN', 'SALE',
    'RETURN', 'ADJUSTMENT')),
  constraint sales_stock_entry_sign_ck check (quantity <> 0 and case kind
    when 'RECEIPT' then quantity > 0 when 'TRANSFER_IN' then quantity > 0 when 'RETURN' then quantity > 0
    when 'TRANSFER_OUT' then quantity < 0 when 'SALE' then quantity < 0 else true end),
  constraint sales_stock_entry_reason_ck check (kind <> 'ADJUSTMENT' or length(trim(reason)) > 0),
  constraint sales_stock_entry_transfer_ck check (kind not in ('TRANSFER_IN', 'TRANSFER_OUT') or transfer_id is not null)
);
create index sales_stock_entry_level_idx on sales_stock_entry (location_id, variant_id, id);
create index sales_stock_entry_sale_idx on sales_stock_entry (sale_id) where sale_id is not null;

-- The journal alone moves stock: each entry adds its signed quantity to the level, under the
-- level's row lock, and the check constraint refuses any result below zero, whatever the
-- concurrency. Direct writes to the level are refused.
create function sales_apply_stock_entry() returns trigger language plpgsql as $$
begin
  update sales_stock_level set quantity = quantity + new.quantity, updated_at = new.recorded_at
  where location_id = new.location_id and variant_id = new.variant_id;
  if not found then
    -- First entry for this place and variant (a negative one fails the check: there is nothing to take).
    -- The proposed row is checked before any conflict, so only this path may use on conflict.
    insert into sales_stock_level (location_id, variant_id, actor_id, quantity, updated_at)
    values (new.location_id, new.variant_id, new.actor_id, new.quantity, new.recorded_at)
    on conflict (location_id, variant_id)
    do update set quantity = sales_stock_level.quantity + excluded.quantity, updated_at = excluded.updated_at;
  end if;
  return null;
end $$;
create trigger sales_stock_entry_apply after insert on sales_stock_entry
  for each row execute function sales_apply_stock_entry();

create function sales_stock_level_guard() returns trigger language plpgsql as $$
begin
  if pg_trigger_depth() < 2 then
    raise exception 'stock levels change only through the stock journal' using errcode = 'P0001';
  end if;
  return new;
end $$;
create trigger sales_stock_level_guard before insert or update or delete on sales_stock_level
  for each row execute function sales_stock_level_guard();

-- The ledger: every sale from every channel, once. A return is a compensating sale (kind RETURN,
-- negative quantities) referring to the original; nothing is updated or deleted.
create sequence sales_receipt_seq;

create table sales_sale (
  id            uuid primary key,
  client_id     uuid not null,
  request_hash  text not null,
  receipt_no    bigint not null default nextval('sales_receipt_seq'),
  kind          text not null,
  channel       text not null,
  location_id   uuid not null references sales_location (id),
  occurred_at   timestamp with time zone not null,
  recorded_at   timestamp with time zone not null,
  payment       text not null,
  total         numeric(14, 2) not null,
  line_count    int not null,
  recorded_by   uuid,
  refers_to     uuid references sales_sale (id),
  device_id     uuid,
  device_seq    bigint,
  flags         text[] not null default '{}',
  constraint sales_sale_client_uk unique (client_id),
  constraint sales_sale_receipt_uk unique (receipt_no),
  constraint sales_sale_kind_ck check (kind in ('SALE', 'RETURN')),
  constraint sales_sale_channel_ck check (channel in ('STORE', 'FAIR', 'ONLINE', 'DIRECT')),
  constraint sales_sale_payment_ck check (payment in ('CASH', 'CARD', 'MOBILE', 'TRANSFER')),
  constraint sales_sale_return_ck check ((kind = 'RETURN') = (refers_to is not null)),
  constraint sales_sale_total_sign_ck check ((kind = 'SALE' and total >= 0) or (kind = 'RETURN' and total <= 0)),
  constraint sales_sale_lines_ck check (line_count > 0)
);
create index sales_sale_location_idx on sales_sale (location_id, occurred_at);
create index sales_sale_occurred_idx on sales_sale (occurred_at);
create index sales_sale_refers_idx on sales_sale (refers_to) where refers_to is not null;
create unique index sales_sale_device_seq_uk on sales_sale (device_id, device_seq) where device_id is not null;

-- Lines carry what aggregations need (seller, value chain, commune, channel, time), copied at
-- recording time: ledger rows never change, so the copies never go stale.
create table sales_sale_line (
  sale_id          uuid not null references sales_sale (id),
  line_no          int not null,
  variant_id       uuid not null references catalog_variant (id),
  product_id       uuid not null references catalog_product (id),
  seller_actor_id  uuid not null references party_party (id),
  value_chain_code text not null,
  commune_id       bigint not null references geo_territory (id),
  channel          text not null,
  location_id      uuid not null references sales_location (id),
  occurred_at      timestamp with time zone not null,
  quantity         numeric(12, 3) not null,
  unit_price       numeric(12, 2) not null,
  amount           numeric(14, 2) not null,
  constraint sales_sale_line_pk primary key (sale_id, line_no),
  constraint sales_sale_line_quantity_ck check (quantity <> 0),
  constraint sales_sale_line_price_ck check (unit_price >= 0),
  constraint sales_sale_line_amount_ck check (amount = round(quantity * unit_price, 2))
);
create index sales_sale_line_seller_idx on sales_sale_line (seller_actor_id, occurred_at);
create index sales_sale_line_location_idx on sales_sale_line (location_id, seller_actor_id, occurred_at);

create function sales_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: record a compensating entry instead', tg_table_name using errcode = 'P0001';
end $$;
create trigger sales_sale_append_only before update or delete on sales_sale
  for each row execute function sales_append_only();
create trigger sales_sale_line_append_only before update or delete on sales_sale_line
  for each row execute function sales_append_only();
create trigger sales_stock_entry_append_only before update or delete on sales_stock_entry
  for each row execute function sales_append_only();

-- Settlement statements: what a store owes each consigning cooperative for a period. Commission
-- is computed on the statement's gross and rounded to the centime.
create sequence sales_settlement_seq;

create table sales_settlement (
  id                uuid primary key,
  number            text not null,
  location_id       uuid not null references sales_location (id),
  actor_id          uuid not null references party_party (id),
  period_from       date not null,
  period_to         date not null,
  gross             numeric(14, 2) not null,
  commission_rate   numeric(5, 4) not null,
  commission        numeric(14, 2) not null,
  net               numeric(14, 2) not null,
  line_count        int not null,
  issued_at         timestamp with time zone not null,
  issued_by         uuid,
  paid_at           timestamp with time zone,
  paid_by           uuid,
  payment_reference text,
  constraint sales_settlement_number_uk unique (number),
  constraint sales_settlement_period_ck check (period_to >= period_from),
  constraint sales_settlement_net_ck check (net = gross - commission),
  constraint sales_settlement_commission_ck check (commission = round(gross * commission_rate, 2))
);
create index sales_settlement_actor_idx on sales_settlement (actor_id, period_from);
create index sales_settlement_location_idx on sales_settlement (location_id, actor_id, period_from);

insert into identity_role (code, scope, sort_order) values
  ('STORE_MANAGER', 'PARTY', 100),
  ('CASHIER', 'PARTY', 110);
