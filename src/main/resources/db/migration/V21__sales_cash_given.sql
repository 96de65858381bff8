-- The cash a buyer handed over, kept with the sale so that a reprinted receipt shows it and the change.
alter table sales_sale add column cash_given numeric(14, 2);
alter table sales_sale add constraint sales_sale_cash_given_ck
  check (cash_given is null or (payment = 'CASH' and cash_given >= total));
