-- Other legal identifiers (tax id, trade register, CNSS...): free text with the issuing authority
-- and date until their formats are confirmed.
create table registry_actor_identifier (
  id        uuid primary key,
  actor_id  uuid not null references registry_actor (party_id),
  kind      text not null,
  value     text not null,
  authority text,
  issued_on date,
  constraint registry_actor_identifier_kind_ck check (kind in ('IF', 'RC', 'CNSS', 'TAXE_PROFESSIONNELLE', 'AUTO_ENTREPRENEUR', 'OTHER')),
  constraint registry_actor_identifier_uk unique (actor_id, kind, value)
);
