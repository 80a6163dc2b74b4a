-- A mail that could not be sent is tried again later: the failed entry keeps the rendered mail
-- (plain text and HTML) and when to try next; a later success or the last failed attempt clears both.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
alter table notification_log add column text_body varchar(100000);
alter table notification_log add column html_body varchar(200000);
alter table notification_log add column attempts integer default 0 not null;
alter table notification_log add column next_attempt_at timestamp;

create index ix_notification_log_retry on notification_log (status, next_attempt_at);
