-- The ecosystem map. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
create table theme (
    code varchar(40) primary key,
    label_en varchar(120) not null,
    label_it varchar(120) not null,
    position int not null
);
insert into theme (code, label_en, label_it, position) values ('AI', 'Artificial intelligence', 'Intelligenza artificiale', 0);
insert into theme (code, label_en, label_it, position) values ('BIG_DATA', 'Big data', 'Big data', 1);
insert into theme (code, label_en, label_it, position) values ('HPC', 'High-performance computing', 'Calcolo ad alte prestazioni', 2);
insert into theme (code, label_en, label_it, position) values ('QUANTUM', 'Quantum technologies', 'Tecnologie quantistiche', 3);
insert into theme (code, label_en, label_it, position) values ('DIGITAL_TWIN', 'Digital twins', 'Gemelli digitali', 4);
insert into theme (code, label_en, label_it, position) values ('DIGITAL_TRANSITION', 'Digital transition', 'Transizione digitale', 5);
insert into theme (code, label_en, label_it, position) values ('CYBERSECURITY', 'Cybersecurity', 'Cybersicurezza', 6);
insert into theme (code, label_en, label_it, position) values ('ICT', 'ICT', 'ICT', 7);
insert into theme (code, label_en, label_it, position) values ('HYDROGEN', 'Hydrogen', 'Idrogeno', 8);
insert into theme (code, label_en, label_it, position) values ('ENERGY', 'Energy', 'Energia', 9);
insert into theme (code, label_en, label_it, position) values ('AUTOMOTIVE', 'Automotive', 'Automotive', 10);
insert into theme (code, label_en, label_it, position) values ('MECHANICS', 'Mechanics and mechatronics', 'Meccanica e meccatronica', 11);
insert into theme (code, label_en, label_it, position) values ('MANUFACTURING', 'Manufacturing', 'Manifattura', 12);
insert into theme (code, label_en, label_it, position) values ('TEXTILES', 'Textiles and fashion', 'Tessile e moda', 13);
insert into theme (code, label_en, label_it, position) values ('PLASTICS', 'Plastics', 'Plastica', 14);
insert into theme (code, label_en, label_it, position) values ('PACKAGING', 'Packaging', 'Packaging', 15);
insert into theme (code, label_en, label_it, position) values ('AEROSPACE', 'Aerospace', 'Aerospazio', 16);
insert into theme (code, label_en, label_it, position) values ('DEFENCE', 'Defence', 'Difesa', 17);
insert into theme (code, label_en, label_it, position) values ('AGRIFOOD', 'Agrifood', 'Agroalimentare', 18);
insert into theme (code, label_en, label_it, position) values ('HEALTH', 'Health and life sciences', 'Salute e scienze della vita', 19);
insert into theme (code, label_en, label_it, position) values ('SMART_CITIES', 'Smart cities', 'Città intelligenti', 20);
insert into theme (code, label_en, label_it, position) values ('BLUE_ECONOMY', 'Blue economy', 'Economia blu', 21);
insert into theme (code, label_en, label_it, position) values ('TOURISM', 'Tourism and hospitality', 'Turismo e ospitalità', 22);
insert into theme (code, label_en, label_it, position) values ('CULTURE', 'Culture and creative industries', 'Cultura e industrie creative', 23);
insert into theme (code, label_en, label_it, position) values ('EDUCATION', 'Education and training', 'Istruzione e formazione', 24);
insert into theme (code, label_en, label_it, position) values ('SCIENCE', 'Science', 'Scienza', 25);
insert into theme (code, label_en, label_it, position) values ('RESEARCH_INNOVATION', 'Research and innovation', 'Ricerca e innovazione', 26);
insert into theme (code, label_en, label_it, position) values ('OPEN_INNOVATION', 'Open innovation', 'Innovazione aperta', 27);
insert into theme (code, label_en, label_it, position) values ('TECH_TRANSFER', 'Technology transfer', 'Trasferimento tecnologico', 28);
insert into theme (code, label_en, label_it, position) values ('SME_SUPPORT', 'Support to SMEs', 'Sostegno alle PMI', 29);
insert into theme (code, label_en, label_it, position) values ('INTERNATIONALISATION', 'Internationalisation', 'Internazionalizzazione', 30);
insert into theme (code, label_en, label_it, position) values ('INVESTMENT_ATTRACTION', 'Investment attraction', 'Attrazione di investimenti', 31);
insert into theme (code, label_en, label_it, position) values ('MADE_IN_ITALY', 'Made in Italy', 'Made in Italy', 32);
insert into theme (code, label_en, label_it, position) values ('SKILLS', 'Skills and talent', 'Competenze e talenti', 33);
insert into theme (code, label_en, label_it, position) values ('FINANCE', 'Finance', 'Finanza', 34);
insert into theme (code, label_en, label_it, position) values ('ECONOMIC_DEVELOPMENT', 'Economic development', 'Sviluppo economico', 35);
insert into theme (code, label_en, label_it, position) values ('CLIMATE', 'Climate', 'Clima', 36);
insert into theme (code, label_en, label_it, position) values ('ENVIRONMENT', 'Environment', 'Ambiente', 37);
insert into theme (code, label_en, label_it, position) values ('SUSTAINABILITY', 'Sustainability', 'Sostenibilità', 38);
insert into theme (code, label_en, label_it, position) values ('EARTH_SCIENCES', 'Earth sciences', 'Scienze della Terra', 39);
insert into theme (code, label_en, label_it, position) values ('PUBLIC_SERVICES', 'Public services', 'Servizi pubblici', 40);
insert into theme (code, label_en, label_it, position) values ('TERRITORIAL_PLANNING', 'Territorial planning', 'Pianificazione territoriale', 41);
insert into theme (code, label_en, label_it, position) values ('OTHER', 'Other', 'Altro', 42);

create table source_document (
    id bigint generated by default as identity primary key,
    record_key varchar(120) not null,
    title varchar(1000) not null,
    language varchar(8),
    published_on date,
    url varchar(1000),
    origin varchar(300),
    created_at timestamp not null,
    constraint uk_source_document_key unique (record_key)
);
create table place (
    id bigint generated by default as identity primary key,
    record_key varchar(120) not null,
    name varchar(300) not null,
    kind varchar(30) not null,
    parent_id bigint references place(id),
    country varchar(120),
    description varchar(4000),
    search_text varchar(8000) not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version bigint not null default 0,
    constraint uk_place_key unique (record_key)
);
create table place_alias (
    place_id bigint not null references place(id) on delete cascade,
    alias varchar(300) not null,
    primary key (place_id, alias)
);
create table organisation (
    id bigint generated by default as identity primary key,
    record_key varchar(120) not null,
    name varchar(300) not null,
    acronym varchar(60),
    kind varchar(40) not null,
    country varchar(120),
    region varchar(120),
    city varchar(120),
    website varchar(500),
    description varchar(4000),
    search_text varchar(8000) not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version bigint not null default 0,
    constraint uk_organisation_key unique (record_key)
);
create table organisation_alias (
    organisation_id bigint not null references organisation(id) on delete cascade,
    alias varchar(300) not null,
    primary key (organisation_id, alias)
);
create table organisation_theme (
    organisation_id bigint not null references organisation(id) on delete cascade,
    theme_code varchar(40) not null references theme(code),
    primary key (organisation_id, theme_code)
);
create index ix_organisation_name on organisation (name);
create index ix_organisation_country on organisation (country);
create index ix_organisation_region on organisation (region);

create table person (
    id bigint generated by default as identity primary key,
    record_key varchar(120) not null,
    name varchar(300) not null,
    description varchar(4000),
    search_text varchar(8000) not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version bigint not null default 0,
    constraint uk_person_key unique (record_key)
);
create table person_alias (
    person_id bigint not null references person(id) on delete cascade,
    alias varchar(300) not null,
    primary key (person_id, alias)
);
create table person_role (
    id bigint generated by default as identity primary key,
    person_id bigint not null references person(id) on delete cascade,
    organisation_id bigint references organisation(id),
    role_text varchar(1000),
    from_date date,
    to_date date,
    source_id bigint references source_document(id),
    quote varchar(2000)
);
create index ix_person_role_organisation on person_role (organisation_id);

create table programme (
    id bigint generated by default as identity primary key,
    record_key varchar(120) not null,
    name varchar(300) not null,
    kind varchar(40) not null,
    description varchar(4000),
    search_text varchar(8000) not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version bigint not null default 0,
    constraint uk_programme_key unique (record_key)
);
create table programme_alias (
    programme_id bigint not null references programme(id) on delete cascade,
    alias varchar(300) not null,
    primary key (programme_id, alias)
);
create table programme_theme (
    programme_id bigint not null references programme(id) on delete cascade,
    theme_code varchar(40) not null references theme(code),
    primary key (programme_id, theme_code)
);
create table agreement (
    id bigint generated by default as identity primary key,
    record_key varchar(120) not null,
    title varchar(500) not null,
    kind varchar(40) not null,
    status varchar(20) not null,
    signed_on date,
    signing_place_id bigint references place(id),
    duration_text varchar(120),
    expires_on date,
    description varchar(4000),
    search_text varchar(8000) not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version bigint not null default 0,
    constraint uk_agreement_key unique (record_key)
);
create table agreement_theme (
    agreement_id bigint not null references agreement(id) on delete cascade,
    theme_code varchar(40) not null references theme(code),
    primary key (agreement_id, theme_code)
);
create table activity (
    id bigint generated by default as identity primary key,
    record_key varchar(120) not null,
    title varchar(500) not null,
    kind varchar(40) not null,
    start_date date,
    end_date date,
    date_text varchar(200),
    place_id bigint references place(id),
    programme_id bigint references programme(id),
    parent_id bigint references activity(id),
    description varchar(4000),
    search_text varchar(8000) not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    version bigint not null default 0,
    constraint uk_activity_key unique (record_key)
);
create table activity_theme (
    activity_id bigint not null references activity(id) on delete cascade,
    theme_code varchar(40) not null references theme(code),
    primary key (activity_id, theme_code)
);
-- Typed, dated links between any two records, each with its provenance.
create table relation (
    id bigint generated by default as identity primary key,
    type varchar(40) not null,
    from_kind varchar(20) not null,
    from_id bigint not null,
    to_kind varchar(20) not null,
    to_id bigint not null,
    from_date date,
    to_date date,
    note varchar(1000),
    source_id bigint references source_document(id),
    quote varchar(2000),
    created_at timestamp not null
);
create index ix_relation_from on relation (from_kind, from_id);
create index ix_relation_to on relation (to_kind, to_id);
