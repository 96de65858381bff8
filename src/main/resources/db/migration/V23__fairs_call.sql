-- The call for exhibitors: each edition's scoring grid (copied from the default grid when the
-- edition is created or first scored), and the organiser's overrides of the proposed selection.

create table fairs_score_criterion (
  edition_id uuid not null references fairs_edition (id) on delete cascade,
  code       text not null,
  name_ar    text not null,
  name_fr    text not null,
  name_en    text not null,
  weight     numeric(5, 2) not null default 1,
  max_points int not null default 5,
  sort_order int not null default 0,
  constraint fairs_score_criterion_pk primary key (edition_id, code),
  constraint fairs_score_criterion_weight_ck check (weight > 0 and weight <= 100),
  constraint fairs_score_criterion_max_ck check (max_points between 1 and 100)
);

-- What the organiser decided against the proposal (null: follow it), with the reason given, and
-- why an application was refused (a code the notification explains in the reader's language).
alter table fairs_application add column override text;
alter table fairs_application add column decision_reason text;
alter table fairs_application add constraint fairs_application_override_ck
  check (override in ('SELECTED', 'WAITLISTED', 'REJECTED'));
alter table fairs_application add constraint fairs_application_waitlist_ck
  check ((status = 'WAITLISTED') = (waitlist_rank is not null));
