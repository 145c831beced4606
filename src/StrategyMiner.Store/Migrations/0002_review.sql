-- Schema version 2: double coding. Two reviewers decide the same seeded sample blind; their
-- decisions live here, apart from the main decision in `reviews`, which only settling writes.

CREATE TABLE double_coding_rounds (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    seed        INTEGER NOT NULL,
    size        INTEGER NOT NULL,            -- passages asked for (the sample may be smaller)
    reviewer_a  TEXT NOT NULL,
    reviewer_b  TEXT NOT NULL,
    filter_json TEXT NOT NULL,               -- the queue filter the sample was drawn from
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK (reviewer_a <> reviewer_b)
);

CREATE TABLE double_coding_items (
    round_id    INTEGER NOT NULL REFERENCES double_coding_rounds (id),
    passage_id  TEXT NOT NULL,
    position    INTEGER NOT NULL,            -- order in the sample
    settled_by  TEXT,                        -- who wrote the main decision for a disagreement
    settled_at  TEXT,
    PRIMARY KEY (round_id, passage_id)
);
CREATE INDEX ix_double_coding_items_passage ON double_coding_items (passage_id);

-- Append-only: a changed mind is a new row with the next version; the newest row per reviewer counts.
CREATE TABLE double_coding_decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id    INTEGER NOT NULL,
    passage_id  TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    action      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    codes_json  TEXT NOT NULL,
    comment     TEXT,
    at          TEXT NOT NULL,
    version     INTEGER NOT NULL,
    FOREIGN KEY (round_id, passage_id) REFERENCES double_coding_items (round_id, passage_id),
    UNIQUE (round_id, passage_id, reviewer, version)
);
CREATE TRIGGER double_coding_decisions_no_update BEFORE UPDATE ON double_coding_decisions
BEGIN SELECT RAISE(ABORT, 'double_coding_decisions is append-only'); END;
CREATE TRIGGER double_coding_decisions_no_delete BEFORE DELETE ON double_coding_decisions
BEGIN SELECT RAISE(ABORT, 'double_coding_decisions is append-only'); END;

-- The review queue asks, for every coding, which model version of its method is the newest;
-- with coded_at in an index that is a lookup instead of a sort per coding.
CREATE INDEX ix_coding_runs_latest ON coding_runs (passage_id, method, coded_at);
