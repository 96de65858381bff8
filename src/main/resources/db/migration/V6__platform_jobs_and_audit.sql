-- Long work (imports, reports) runs as a job whose progress pages poll; kept in the database so
-- any instance can answer.
create table platform_job (
  id          uuid primary key,
  kind        text not null,
  status      text not null,
  total       int,
  done        int not null default 0,
  result      jsonb,
  created_by  uuid,
  created_at  timestamp with time zone not null,
  finished_at timestamp with time zone,
  constraint platform_job_status_ck check (status in ('RUNNING', 'SUCCEEDED', 'FAILED'))
);

-- Every administrative write: who, when, what, before and after. Append-only.
create table platform_audit_log (
  id            bigint generated always as identity primary key,
  at            timestamp with time zone not null,
  account_id    uuid,
  account_label text not null,
  action        text not null,
  entity_type   text not null,
  entity_id     text,
  before_state  jsonb,
  after_state   jsonb,
  remote_addr   text
);
create index platform_audit_log_at_idx on platform_audit_log (at desc);
create index platform_audit_log_entity_idx on platform_audit_log (entity_type, entity_id);

create function platform_audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'platform_audit_log is append-only';
end $$;
create trigger platform_audit_log_no_change before update or delete on platform_audit_log
  for each statement execute function platform_audit_log_append_only();
