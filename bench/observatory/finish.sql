-- Observatory benchmark, generation step 3 of 3: the ledger's dropped indexes made again (same
-- definitions), the receipt sequence moved past the bench's receipt numbers, the bench schema dropped,
-- then the figures of what was generated. run.sh then runs vacuum (analyze).
\set ON_ERROR_STOP on
set client_min_messages = warning;
set maintenance_work_mem = '512MB';
select definition from bench.dropped_index \gexec
select setval('sales_receipt_seq', (select max(receipt_no) from sales_sale));
drop schema bench cascade;
