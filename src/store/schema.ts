/**
 * The SQLite schema, as migrations: MIGRATIONS[i] takes a database from user_version i to i+1.
 * Never edit a migration that has shipped; add a new one. The schema is part of the public
 * interface (users query it with any SQLite client): docs/model.md documents every table.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,            -- content id (hash of the normalised body)
    date TEXT,                          -- YYYY-MM-DD
    title TEXT,
    source TEXT,                        -- outlet
    url TEXT,
    source_id TEXT,                     -- the id the input gave, if any
    origin_file TEXT NOT NULL,
    origin_record INTEGER,
    format TEXT NOT NULL,
    text TEXT NOT NULL,                 -- cleaned text; all offsets index into it
    words INTEGER NOT NULL,
    doc TEXT NOT NULL,                  -- the Doc as JSON (layers, messages, offset map), without text and tokens
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_date ON articles(date);
  CREATE INDEX articles_source ON articles(source);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');

  -- Every time an article was read, including repeats of a stored one (same story, other outlet or file).
  CREATE TABLE sightings (
    article_id TEXT NOT NULL,
    origin_file TEXT NOT NULL,
    origin_record INTEGER NOT NULL,
    source TEXT,
    url TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (article_id, origin_file, origin_record)
  );

  CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    code TEXT NOT NULL,
    type TEXT NOT NULL,
    role TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
  );
  CREATE INDEX actors_code ON actors(code);
  CREATE INDEX actors_name ON actors(name);

  CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    geoname_id INTEGER,
    feature_type TEXT NOT NULL,
    confidence REAL NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, place_id)
  );
  CREATE INDEX places_name ON places(name);
  CREATE INDEX places_geoname ON places(geoname_id);

  CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    date TEXT,
    date_source TEXT,                   -- text | article
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    plover_context TEXT,                -- comma-separated
    source_code TEXT,                   -- ';'-separated codes of the source actors
    source_name TEXT,
    target_code TEXT,
    target_name TEXT,
    modality TEXT NOT NULL,             -- asserted | claimed | denied | planned | hypothetical
    negated INTEGER NOT NULL,
    place_id TEXT,
    place_name TEXT,
    place_country TEXT,
    place_geoname_id INTEGER,
    lat REAL,
    lon REAL,
    goldstein REAL,
    quad_class INTEGER,
    according_to TEXT,                  -- attribution chain names joined by ' > '
    evidence TEXT NOT NULL,             -- JSON [{start,end}]
    attribution TEXT NOT NULL,          -- JSON [Link]
    pattern TEXT NOT NULL,
    source_actors TEXT NOT NULL,        -- JSON [{id, name, code, country, sector}]
    target_actors TEXT NOT NULL,
    UNIQUE (article_id, event_id)
  );
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_type ON events(plover_type, date);
  CREATE INDEX events_cameo ON events(cameo);

  -- One row per actor per role of an event: the table to filter events by actor.
  CREATE TABLE event_actors (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,                 -- source | target
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    code TEXT NOT NULL,
    FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE INDEX event_actors_code ON event_actors(code, role);
  CREATE INDEX event_actors_country ON event_actors(country, sector);
  CREATE INDEX event_actors_event ON event_actors(article_id, event_id);

  CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    speaker_id TEXT,
    speaker_name TEXT,
    speaker_text TEXT,
    cue TEXT,
    according_to TEXT,
    attribution TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id)
  );
  CREATE INDEX quotes_speaker ON quotes(speaker_name);

  CREATE TABLE messages (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    severity TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER
  );
  CREATE INDEX messages_article ON messages(article_id);

  -- Records that could not be read or coded: file, record, why.
  CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    record INTEGER,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  // 2: indexes for the query endpoints (sorting by date, actor filters, dyads, places) and flat actor
  // columns so exports need no JSON parsing per row.
  `
  CREATE INDEX events_sort ON events(coalesce(date, ''));
  CREATE INDEX event_actors_lookup ON event_actors(code, article_id, event_id);
  CREATE INDEX events_dyad ON events(source_code, target_code);
  CREATE INDEX events_place ON events(place_name, place_country);
  ALTER TABLE events ADD COLUMN source_country TEXT;   -- ';'-joined, one per source actor ('' when unknown)
  ALTER TABLE events ADD COLUMN source_sector TEXT;
  ALTER TABLE events ADD COLUMN target_country TEXT;
  ALTER TABLE events ADD COLUMN target_sector TEXT;
  UPDATE events SET
    source_country = (SELECT group_concat(coalesce(json_extract(value, '$.country'), ''), ';') FROM json_each(events.source_actors)),
    source_sector = (SELECT group_concat(coalesce(json_extract(value, '$.sector'), ''), ';') FROM json_each(events.source_actors)),
    target_country = (SELECT group_concat(coalesce(json_extract(value, '$.country'), ''), ';') FROM json_each(events.target_actors)),
    target_sector = (SELECT group_concat(coalesce(json_extract(value, '$.sector'), ''), ';') FROM json_each(events.target_actors));
  `,
  // 3: covering indexes so the aggregates behind the timeline, the network and the map read an index, not
  // the wide events rows (JSON columns): counts per period by type, dyads, events per place.
  `
  CREATE INDEX events_counts ON events(date, plover_type, goldstein, quad_class, cameo_root);
  CREATE INDEX events_dyads ON events(source_code, target_code, quad_class, goldstein, source_name, target_name);
  CREATE INDEX events_map ON events(lat, lon, place_country, place_name, quad_class, goldstein);
  `,
  // 4: what keeps the aggregate endpoints under 50 ms on hundreds of thousands of events (issue #5).
  // - event_rollup: events and Goldstein sums per day, PLOVER type, CAMEO root, QuadClass (0 = none) and modality.
  //   Counts whose filter and grouping only touch these columns read it instead of the events (see
  //   src/store/sqlite-query.ts, rollupFilter()); ~20k rows where there are 200k events. Triggers keep it exact in
  //   the transaction that inserts, deletes (also by ON DELETE CASCADE from articles) or re-codes an event; rows
  //   whose count falls to 0 are removed. day is '' for an event without a date.
  // - event_actors.event_rowid: the event's rowid, so that actor, country and sector filters of aggregates are a
  //   rowid list read from one index (event_actors_events, event_actors_by_country) instead of a probe per event.
  // - actor_names: every (code, name) pair seen in event_actors, to turn an actor name filter (a LIKE '%x%' that
  //   no index serves) into the few codes that carry such a name. Only ever grows: it narrows a search, and the
  //   exact condition is still checked on event_actors.
  `
  CREATE TABLE event_rollup (
    day TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    modality TEXT NOT NULL,
    events INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    PRIMARY KEY (day, plover_type, cameo_root, quad_class, modality)
  ) WITHOUT ROWID;
  INSERT INTO event_rollup (day, plover_type, cameo_root, quad_class, modality, events, goldstein)
    SELECT coalesce(date, ''), plover_type, cameo_root, coalesce(quad_class, 0), modality, count(*), total(goldstein)
    FROM events GROUP BY 1, 2, 3, 4, 5;

  CREATE TRIGGER events_rollup_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_rollup (day, plover_type, cameo_root, quad_class, modality, events, goldstein)
      VALUES (coalesce(NEW.date, ''), NEW.plover_type, NEW.cameo_root, coalesce(NEW.quad_class, 0), NEW.modality, 1, coalesce(NEW.goldstein, 0))
      ON CONFLICT DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein;
  END;
  CREATE TRIGGER events_rollup_delete AFTER DELETE ON events BEGIN
    UPDATE event_rollup SET events = events - 1, goldstein = goldstein - coalesce(OLD.goldstein, 0)
      WHERE day = coalesce(OLD.date, '') AND plover_type = OLD.plover_type AND cameo_root = OLD.cameo_root
        AND quad_class = coalesce(OLD.quad_class, 0) AND modality = OLD.modality;
    DELETE FROM event_rollup WHERE events <= 0 AND day = coalesce(OLD.date, '') AND plover_type = OLD.plover_type
      AND cameo_root = OLD.cameo_root AND quad_class = coalesce(OLD.quad_class, 0) AND modality = OLD.modality;
  END;
  CREATE TRIGGER events_rollup_update AFTER UPDATE OF date, plover_type, cameo_root, quad_class, modality, goldstein ON events BEGIN
    UPDATE event_rollup SET events = events - 1, goldstein = goldstein - coalesce(OLD.goldstein, 0)
      WHERE day = coalesce(OLD.date, '') AND plover_type = OLD.plover_type AND cameo_root = OLD.cameo_root
        AND quad_class = coalesce(OLD.quad_class, 0) AND modality = OLD.modality;
    DELETE FROM event_rollup WHERE events <= 0 AND day = coalesce(OLD.date, '') AND plover_type = OLD.plover_type
      AND cameo_root = OLD.cameo_root AND quad_class = coalesce(OLD.quad_class, 0) AND modality = OLD.modality;
    INSERT INTO event_rollup (day, plover_type, cameo_root, quad_class, modality, events, goldstein)
      VALUES (coalesce(NEW.date, ''), NEW.plover_type, NEW.cameo_root, coalesce(NEW.quad_class, 0), NEW.modality, 1, coalesce(NEW.goldstein, 0))
      ON CONFLICT DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein;
  END;

  ALTER TABLE event_actors ADD COLUMN event_rowid INTEGER;
  UPDATE event_actors SET event_rowid = (SELECT e.rowid FROM events e WHERE e.article_id = event_actors.article_id AND e.event_id = event_actors.event_id);
  DROP INDEX event_actors_code;
  DROP INDEX event_actors_country;
  CREATE INDEX event_actors_events ON event_actors(code, role, event_rowid);
  CREATE INDEX event_actors_by_country ON event_actors(country, sector, role, event_rowid);

  CREATE TABLE actor_names (code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (code, name)) WITHOUT ROWID;
  INSERT OR IGNORE INTO actor_names (code, name) SELECT code, name FROM event_actors;
  CREATE TRIGGER event_actors_names AFTER INSERT ON event_actors BEGIN
    INSERT OR IGNORE INTO actor_names (code, name) VALUES (NEW.code, NEW.name);
  END;
  `,
];
