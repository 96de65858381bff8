-- Product photos move to files under tadamon.files.dir (a configurable path); rows keep their
-- metadata and the file's key. Photos stored before stay readable from the content column.
alter table catalog_product_media alter column content drop not null;
alter table catalog_product_media add column file_key text;
alter table catalog_product_media add constraint catalog_product_media_stored_ck
  check (content is not null or file_key is not null);
