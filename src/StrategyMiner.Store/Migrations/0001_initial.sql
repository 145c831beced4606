-- Schema version 1. Times are ISO 8601 UTC text; JSON columns hold arrays/objects written by the store.

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,          -- SHA-256 of the file's bytes, 16 hex digits
    file_name     TEXT NOT NULL,             -- keys a document across revisions
    path          TEXT NOT NULL,
    region        TEXT,
    title         TEXT,
    year          INTEGER,
    page_count    INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('ingesting', 'complete', 'superseded')),
    added_at      TEXT NOT NULL,
    completed_at  TEXT,
    superseded_by TEXT
);
CREATE INDEX ix_documents_file_name ON documents (file_name);

CREATE TABLE pages (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page_number  INTEGER NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('text', 'ocr', 'repaired')),
    status       TEXT NOT NULL CHECK (status IN ('ok', 'blank', 'failed')),
    note         TEXT,
    text         TEXT NOT NULL,
    original_text TEXT,                      -- before repair
    changes_json TEXT,                       -- repair edits: [{position, before, after, score}]
    blocks_json  TEXT NOT NULL,              -- blocks with boxes and roles, to rebuild passages
    confidence   REAL,
    width        REAL NOT NULL,
    height       REAL NOT NULL,
    has_images   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, page_number)
);

CREATE TABLE passages (
    id            TEXT PRIMARY KEY,          -- hash of file name + normalised text (+ repeat index)
    document_id   TEXT NOT NULL REFERENCES documents (id),
    ordinal       INTEGER NOT NULL,
    pages_json    TEXT NOT NULL,
    first_page    INTEGER NOT NULL,
    heading       TEXT NOT NULL,
    source        TEXT NOT NULL,
    text          TEXT NOT NULL,
    confidence    REAL,
    boxes_json    TEXT NOT NULL DEFAULT '[]',
    disputed_json TEXT                       -- codes the local and LLM coders disagree on
);
CREATE INDEX ix_passages_document ON passages (document_id, ordinal);

-- One row per passage a coder version has looked at, even when it found no code.
CREATE TABLE coding_runs (
    passage_id    TEXT NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
    method        TEXT NOT NULL,
    model_version TEXT NOT NULL,
    coded_at      TEXT NOT NULL,
    PRIMARY KEY (passage_id, method, model_version)
);

CREATE TABLE codings (
    passage_id    TEXT NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
    code          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('theme', 'dimension')),
    method        TEXT NOT NULL,
    model_version TEXT NOT NULL,
    confidence    REAL NOT NULL,
    quote         TEXT,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (passage_id, code, method, model_version)
);
CREATE INDEX ix_codings_code ON codings (code);

-- The current decision per passage. No foreign key to passages on purpose: a decision outlives a
-- passage that a revised document no longer has.
CREATE TABLE reviews (
    passage_id  TEXT PRIMARY KEY,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    codes_json  TEXT NOT NULL,               -- final codes after review
    reviewer    TEXT,
    decided_at  TEXT,
    comment     TEXT,
    version     INTEGER NOT NULL             -- optimistic concurrency: bumped by every decision
);

-- Append-only audit log of every decision.
CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    passage_id  TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json  TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    at          TEXT NOT NULL,
    comment     TEXT
);
CREATE INDEX ix_review_log_passage ON review_log (passage_id, id);
CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;

CREATE TABLE models (
    method       TEXT NOT NULL,
    version      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    model        BLOB NOT NULL,
    metrics_json TEXT NOT NULL,
    PRIMARY KEY (method, version)
);

CREATE TABLE llm_cache (
    key               TEXT PRIMARY KEY,
    response          TEXT NOT NULL,
    prompt_tokens     INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    created_at        TEXT NOT NULL
);

-- Files a run could not ingest, with the reason; the newest attempt per path is what counts.
CREATE TABLE failures (
    path       TEXT PRIMARY KEY,
    reason     TEXT NOT NULL,
    at         TEXT NOT NULL
);
