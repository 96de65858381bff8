-- Fairs programme: sessions (trainings, workshops, seminars, success stories, cultural evenings)
-- scheduled by day and space, registrations of participants (with or without an account),
-- attendance, and certificates of attendance that anyone can verify by their code.

create table fairs_session (
  id                 uuid primary key,
  edition_id         uuid not null references fairs_edition (id),
  kind               text not null,
  topic              text,
  title_ar           text,
  title_fr           text,
  title_en           text,
  description_ar     text,
  description_fr     text,
  description_en     text,
  speakers           text,
  day                date not null,
  starts_at          time not null,
  ends_at            time not null,
  -- Where it happens, in words (training area, cultural stage...): the floor plan is not needed.
  space              text not null,
  -- Seats; null when the session is open to anyone who comes.
  capacity           int,
  language           text not null default 'ar',
  registration_open  boolean not null default true,
  -- DRAFT sessions are the organisers' alone; CONFIRMED ones are public; CANCELLED ones stay
  -- (their registrants were told) and are shown as cancelled.
  status             text not null default 'CONFIRMED',
  cancelled_at       timestamp with time zone,
  created_at         timestamp with time zone not null,
  created_by         uuid,
  constraint fairs_session_kind_ck check (kind in ('TRAINING', 'WORKSHOP', 'SEMINAR', 'SUCCESS_STORY',
    'CULTURAL', 'OTHER')),
  constraint fairs_session_topic_ck check (topic is null or topic in ('FINANCING', 'MARKETING_PLAN',
    'E_MARKETING', 'PACKAGING', 'CERTIFICATION', 'GOVERNANCE', 'OTHER')),
  constraint fairs_session_title_ck check (coalesce(title_ar, title_fr) is not null),
  constraint fairs_session_times_ck check (ends_at > starts_at),
  constraint fairs_session_capacity_ck check (capacity is null or capacity > 0),
  constraint fairs_session_language_ck check (language in ('ar', 'ary', 'zgh', 'fr', 'en')),
  constraint fairs_session_status_ck check (status in ('DRAFT', 'CONFIRMED', 'CANCELLED')),
  constraint fairs_session_space_ck check (length(trim(space)) > 0)
);
create index fairs_session_edition_idx on fairs_session (edition_id, day, starts_at);

-- A session is held within its edition's days and opening hours, whoever writes it.
create function fairs_session_within_edition() returns trigger language plpgsql as $$
declare
  e fairs_edition%rowtype;
begin
  select * into e from fairs_edition where id = new.edition_id;
  if new.day < e.starts_on or new.day > e.ends_on
     or new.starts_at < e.opens_at or new.ends_at > e.closes_at then
    raise exception 'session % is outside its edition''s days and hours', new.id
      using errcode = 'check_violation', constraint = 'fairs_session_within_edition_ck';
  end if;
  return new;
end $$;
create trigger fairs_session_within_edition_tg before insert or update of day, starts_at, ends_at, edition_id
  on fairs_session for each row execute function fairs_session_within_edition();

create sequence fairs_certificate_seq;

-- A participant's registration: a name and a way to reach them (phone, e-mail or both), the
-- cooperative they come for and their account when they have them; attendance, then certificate.
create table fairs_registration (
  id                 uuid primary key,
  session_id         uuid not null references fairs_session (id),
  full_name          text not null,
  phone              text,
  email              text,
  actor_id           uuid references party_party (id),
  account_id         uuid,
  locale             text not null default 'ar',
  registered_at      timestamp with time zone not null,
  attended_at        timestamp with time zone,
  attendance_by      uuid,
  certificate_no     text,
  verification_code  text,
  certificate_at     timestamp with time zone,
  constraint fairs_registration_contact_ck check (phone is not null or email is not null),
  constraint fairs_registration_name_ck check (length(trim(full_name)) > 0),
  constraint fairs_registration_phone_uk unique (session_id, phone),
  constraint fairs_registration_certificate_uk unique (certificate_no),
  constraint fairs_registration_code_uk unique (verification_code),
  -- A certificate attests attendance: none without it, and the number comes with its code.
  constraint fairs_registration_certificate_ck check (certificate_no is null
    or (attended_at is not null and verification_code is not null and certificate_at is not null))
);
create unique index fairs_registration_email_uk on fairs_registration (session_id, lower(email));
create index fairs_registration_session_idx on fairs_registration (session_id, registered_at);
