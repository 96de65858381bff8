-- Fairs, live operations: visitors counted at each entrance of an edition, one figure per entrance
-- and day, entered (and corrected) by the organisers. The latest entry stands; who entered it and
-- when is kept, and every change goes to the audit log.

create table fairs_footfall (
  edition_id  uuid not null references fairs_edition (id),
  entrance    text not null,
  day         date not null,
  visitors    int not null,
  recorded_at timestamp with time zone not null,
  recorded_by uuid,
  constraint fairs_footfall_pk primary key (edition_id, entrance, day),
  constraint fairs_footfall_visitors_ck check (visitors >= 0 and visitors <= 1000000),
  constraint fairs_footfall_entrance_ck check (length(trim(entrance)) between 1 and 80)
);
