-- What the public catalogue's text search compares: the product's names, normalised the way the
-- directory normalises (platform.SearchText), kept by the catalogue on every write.
alter table catalog_product add column search_text text not null default '';
create index catalog_product_search_trgm_idx on catalog_product using gin (search_text gin_trgm_ops);
create index catalog_product_status_idx on catalog_product (status, value_chain_code);
