// Team schema version 3: the review of a team report as rows (issue 11). Like every released
// migration, never edited once released: a change is a new version.
//
// Rights are the server's: the review steps are the only way a chapter's status changes, a
// trigger checks each step against the person's role and the chapter's current status, and an
// edit of an approved chapter's content makes it a draft again (recorded as a step in the
// editor's name). Who wrote a comment, took a step, explained a figure or attached a file, and
// when, is set by the server from current_user and its clock; only a report being published
// in the same transaction brings its own records (csr_importing).
#include "Evidence.h"
#include "TeamSchema.h"

namespace csr::team::TeamSchema {

namespace {

// The limits as the server enforces them, written out so this migration never changes.
static_assert(EvidenceLimits::MaxFileBytes == 8388608);
static_assert(EvidenceLimits::MaxTotalBytes == 33554432);

QStringList tables()
{
    return {
        // The transaction that published a report, so its own history may come along with it.
        QStringLiteral("ALTER TABLE csr_reports ADD COLUMN created_xact xid8"),
        QStringLiteral("CREATE FUNCTION csr_report_stamp() RETURNS trigger LANGUAGE plpgsql SET "
                       "search_path = public, pg_temp AS $$ BEGIN IF TG_OP = 'INSERT' THEN "
                       "NEW.created_xact := pg_current_xact_id(); ELSE NEW.created_xact := "
                       "OLD.created_xact; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_report_stamp BEFORE INSERT OR UPDATE ON csr_reports "
                       "FOR EACH ROW EXECUTE FUNCTION csr_report_stamp()"),
        QStringLiteral(
            "CREATE FUNCTION csr_importing(report bigint) RETURNS boolean LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 "
            "FROM csr_reports WHERE id = report AND created_xact = pg_current_xact_id()) $$"),

        QStringLiteral(
            "CREATE TABLE csr_review_steps (id bigserial PRIMARY KEY, report_id bigint NOT NULL "
            "REFERENCES csr_reports ON DELETE CASCADE, chapter_id bigint NOT NULL REFERENCES "
            "csr_chapters ON DELETE CASCADE, status text NOT NULL CHECK (status IN ('draft', "
            "'submitted', 'needsChanges', 'approved')), previous text NOT NULL DEFAULT '', who "
            "text NOT NULL DEFAULT current_user, at timestamptz DEFAULT now(), reason text NOT "
            "NULL DEFAULT '' CHECK (length(reason) <= 20000), fingerprint text NOT NULL DEFAULT "
            "'' CHECK (fingerprint ~ '^([0-9a-f]{64})?$'))"),
        // The anchor is read by every window: a shape the file reader refuses would make the
        // report unreadable for all, so the server refuses it first.
        QStringLiteral(
            "CREATE TABLE csr_comment_threads (id bigserial PRIMARY KEY, report_id bigint NOT "
            "NULL REFERENCES csr_reports ON DELETE CASCADE, doc_id text NOT NULL CHECK "
            "(length(doc_id) BETWEEN 1 AND 200), anchor jsonb NOT NULL CONSTRAINT "
            "csr_anchor_shape CHECK (jsonb_typeof(anchor) = 'object' AND length(anchor::text) "
            "<= 20000 AND jsonb_typeof(anchor->'kind') = 'string' AND anchor->>'kind' IN "
            "('chapter', 'block', 'textRange', 'metric', 'timelineEntry', 'listItem') AND "
            "coalesce(jsonb_typeof(anchor->'chapterId'), 'string') = 'string' AND "
            "coalesce(jsonb_typeof(anchor->'blockId'), 'string') = 'string' AND "
            "coalesce(jsonb_typeof(anchor->'metricId'), 'string') = 'string' AND "
            "coalesce(jsonb_typeof(anchor->'quote'), 'string') = 'string' AND (NOT anchor ? "
            "'position' OR (jsonb_typeof(anchor->'position') = 'number' AND "
            "anchor->>'position' ~ '^-?[0-9]{1,9}$'))), created_by text NOT NULL DEFAULT "
            "current_user, resolved "
            "boolean NOT NULL DEFAULT false, resolved_by text NOT NULL DEFAULT '', resolved_at "
            "timestamptz, version integer NOT NULL DEFAULT 1, UNIQUE (report_id, doc_id))"),
        QStringLiteral(
            "CREATE TABLE csr_comments (id bigserial PRIMARY KEY, report_id bigint NOT NULL "
            "REFERENCES csr_reports ON DELETE CASCADE, thread_id bigint NOT NULL REFERENCES "
            "csr_comment_threads ON DELETE CASCADE, author text NOT NULL DEFAULT current_user, "
            "at timestamptz DEFAULT now(), text text NOT NULL CHECK (length(text) <= 20000), "
            "version integer NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE csr_explanations (metric_id bigint PRIMARY KEY REFERENCES csr_metrics "
            "ON DELETE CASCADE, report_id bigint NOT NULL REFERENCES csr_reports ON DELETE "
            "CASCADE, text text NOT NULL CHECK (length(text) <= 20000), who text NOT NULL "
            "DEFAULT current_user, at timestamptz DEFAULT now(), version integer NOT NULL "
            "DEFAULT 1)"),
        // The hash is checked by the server too: a file damaged on the way is refused.
        QStringLiteral(
            "CREATE TABLE csr_evidence (id bigserial PRIMARY KEY, report_id bigint NOT NULL "
            "REFERENCES csr_reports ON DELETE CASCADE, doc_id text NOT NULL CHECK "
            "(length(doc_id) BETWEEN 1 AND 200), metric_id bigint NOT NULL REFERENCES "
            "csr_metrics ON DELETE CASCADE, name text NOT NULL CHECK (length(name) BETWEEN 1 AND "
            "255), mime_type text NOT NULL DEFAULT '' CHECK (length(mime_type) <= 255), data "
            "bytea NOT NULL CONSTRAINT csr_evidence_size CHECK (octet_length(data) <= 8388608), "
            "size integer GENERATED ALWAYS AS (octet_length(data)) STORED, sha256 text NOT NULL "
            "CONSTRAINT csr_evidence_hash CHECK (sha256 = encode(sha256(data), 'hex')), "
            "added_by text NOT NULL DEFAULT current_user, added_at timestamptz DEFAULT now(), "
            "UNIQUE (report_id, doc_id))"),
        QStringLiteral("CREATE INDEX ON csr_review_steps (chapter_id)"),
        QStringLiteral("CREATE INDEX ON csr_review_steps (report_id)"),
        QStringLiteral("CREATE INDEX ON csr_comment_threads (report_id)"),
        QStringLiteral("CREATE INDEX ON csr_comments (thread_id)"),
        QStringLiteral("CREATE INDEX ON csr_explanations (report_id)"),
        QStringLiteral("CREATE INDEX ON csr_evidence (report_id)"),
    };
}

// What version 2 kept in the report row's JSON moves into the tables, in the file's order.
QStringList movedData()
{
    const QString threads = QStringLiteral(
        "jsonb_array_elements(coalesce(r.data->'review'->'threads', '[]')) WITH ORDINALITY AS "
        "x(t, n)");
    return {
        QStringLiteral(
            "INSERT INTO csr_review_steps (report_id, chapter_id, status, who, at, reason, "
            "fingerprint) SELECT r.id, c.id, s->>'status', coalesce(s->>'who', ''), (s->>'when')"
            "::timestamptz, coalesce(s->>'reason', ''), coalesce(s->>'fingerprint', '') FROM "
            "csr_reports r, jsonb_array_elements(coalesce(r.data->'review'->'history', '[]')) "
            "WITH ORDINALITY AS x(s, n), csr_chapters c WHERE c.report_id = r.id AND c.doc_id = "
            "s->>'chapterId' ORDER BY r.id, n"),
        QStringLiteral("INSERT INTO csr_comment_threads (report_id, doc_id, anchor, created_by, "
                       "resolved, resolved_by, resolved_at) SELECT r.id, t->>'id', t->'anchor', "
                       "coalesce(t->'comments'->0->>'author', ''), coalesce((t->>'resolved')::"
                       "boolean, false), coalesce(t->>'resolvedBy', ''), (t->>'resolvedAt')::"
                       "timestamptz FROM csr_reports r, %1 ORDER BY r.id, n")
            .arg(threads),
        QStringLiteral("INSERT INTO csr_comments (report_id, thread_id, author, at, text) SELECT "
                       "r.id, th.id, coalesce(c->>'author', ''), (c->>'when')::timestamptz, "
                       "coalesce(c->>'text', '') FROM csr_reports r, %1, csr_comment_threads th, "
                       "jsonb_array_elements(t->'comments') WITH ORDINALITY AS y(c, m) WHERE "
                       "th.report_id = r.id AND th.doc_id = t->>'id' ORDER BY r.id, n, m")
            .arg(threads),
        QStringLiteral(
            "INSERT INTO csr_explanations (metric_id, report_id, text, who, at) SELECT m.id, "
            "r.id, coalesce(e.value->>'text', ''), coalesce(e.value->>'who', ''), "
            "(e.value->>'when')::timestamptz FROM csr_reports r, jsonb_each(coalesce("
            "r.data->'review'->'explanations', '{}')) e, csr_metrics m WHERE m.report_id = r.id "
            "AND m.doc_id = e.key"),
        QStringLiteral(
            "INSERT INTO csr_evidence (report_id, doc_id, metric_id, name, mime_type, data, "
            "sha256, added_by, added_at) SELECT r.id, e->>'id', m.id, e->>'name', "
            "coalesce(e->>'mimeType', ''), decode(e->>'data', 'base64'), lower(e->>'sha256'), "
            "coalesce(e->>'addedBy', ''), (e->>'addedAt')::timestamptz FROM csr_reports r, "
            "jsonb_array_elements(coalesce(r.data->'evidence', '[]')) WITH ORDINALITY AS x(e, "
            "n), csr_metrics m WHERE m.report_id = r.id AND m.doc_id = e->>'metricId' ORDER BY "
            "r.id, n"),
        QStringLiteral(
            "UPDATE csr_reports SET data = CASE WHEN data ? 'review' THEN jsonb_set(data - "
            "'evidence', '{review}', (data->'review') - 'history' - 'threads' - 'explanations') "
            "ELSE data - 'evidence' END WHERE data ? 'review' OR data ? 'evidence'"),
    };
}

QStringList workflow()
{
    return {
        // A step is checked against the person's role and the chapter's status now; the
        // server sets who and when.
        QStringLiteral(
            "CREATE FUNCTION csr_review_step_check() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ DECLARE r bigint; cur text; BEGIN "
            "SELECT c.report_id, coalesce(c.data->>'status', 'draft') INTO r, cur FROM "
            "csr_chapters c WHERE c.id = NEW.chapter_id; "
            "IF r IS NULL THEN RAISE EXCEPTION 'there is no such chapter, or you may not read "
            "it' USING ERRCODE = 'insufficient_privilege'; END IF; "
            "NEW.report_id := r; "
            "IF csr_importing(r) THEN RETURN NEW; END IF; "
            "NEW.who := current_user; NEW.at := now(); NEW.previous := cur; "
            "IF NEW.status <> 'approved' THEN NEW.fingerprint := ''; END IF; "
            "IF NEW.status = 'submitted' THEN "
            "IF NOT csr_may_edit_chapter(NEW.chapter_id, current_user) THEN RAISE EXCEPTION "
            "'only an editor of this chapter or the owner may submit it' USING ERRCODE = "
            "'insufficient_privilege'; END IF; "
            "IF cur NOT IN ('draft', 'needsChanges') THEN RAISE EXCEPTION 'the chapter is %; "
            "only a draft or a chapter that needs changes can be submitted', cur USING ERRCODE "
            "= 'check_violation'; END IF; "
            "ELSIF NEW.status IN ('approved', 'needsChanges') THEN "
            "IF csr_role(r, current_user) IS DISTINCT FROM 'reviewer' THEN RAISE EXCEPTION "
            "'only a reviewer may approve a chapter or return it for changes' USING ERRCODE = "
            "'insufficient_privilege'; END IF; "
            "IF NEW.status = 'approved' AND cur <> 'submitted' THEN RAISE EXCEPTION 'the "
            "chapter is %; only a submitted chapter can be approved', cur USING ERRCODE = "
            "'check_violation'; END IF; "
            "IF NEW.status = 'needsChanges' AND cur NOT IN ('submitted', 'approved') THEN RAISE "
            "EXCEPTION 'the chapter is %; only a submitted or approved chapter can be "
            "returned', cur USING ERRCODE = 'check_violation'; END IF; "
            "ELSIF cur <> 'approved' OR NOT csr_may_edit_chapter(NEW.chapter_id, current_user) "
            "THEN RAISE EXCEPTION 'a chapter becomes a draft again only when someone who may "
            "edit it changes it after its approval' USING ERRCODE = 'insufficient_privilege'; "
            "END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_review_step_check BEFORE INSERT ON csr_review_steps "
                       "FOR EACH ROW EXECUTE FUNCTION csr_review_step_check()"),
        // The step then sets the chapter's status, unless someone moved it on meanwhile.
        QStringLiteral(
            "CREATE FUNCTION csr_review_step_taken() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ BEGIN IF csr_importing(NEW.report_id) THEN "
            "RETURN NULL; END IF; UPDATE csr_chapters SET data = jsonb_set(data, '{status}', "
            "to_jsonb(NEW.status)), version = version + 1 WHERE id = NEW.chapter_id AND "
            "coalesce(data->>'status', 'draft') = NEW.previous; IF NOT FOUND THEN RAISE "
            "EXCEPTION 'the chapter''s review status changed meanwhile; read it again' USING "
            "ERRCODE = 'serialization_failure'; END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER csr_review_step_taken AFTER INSERT ON csr_review_steps "
                       "FOR EACH ROW EXECUTE FUNCTION csr_review_step_taken()"),
        // A chapter's status changes only with the step that records it (inserted just now, by
        // the same person, the newest of the chapter); a new chapter starts as a draft.
        QStringLiteral(
            "CREATE FUNCTION csr_status_by_step() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ DECLARE s text := coalesce(NEW.data->>'status', "
            "'draft'); BEGIN IF TG_OP = 'INSERT' THEN IF s <> 'draft' AND NOT "
            "csr_importing(NEW.report_id) THEN RAISE EXCEPTION 'a new chapter starts as a "
            "draft' USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END IF; "
            "IF s = coalesce(OLD.data->>'status', 'draft') THEN RETURN NEW; END IF; "
            "IF NOT EXISTS (SELECT 1 FROM csr_review_steps t WHERE t.chapter_id = NEW.id AND "
            "t.status = s AND t.at = now() AND t.who = current_user AND t.id = (SELECT max(id) "
            "FROM csr_review_steps WHERE chapter_id = NEW.id)) THEN RAISE EXCEPTION 'the review "
            "status of a chapter changes only by a review step (csr_review_steps)' USING "
            "ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_status_by_step BEFORE INSERT OR UPDATE ON "
                       "csr_chapters FOR EACH ROW EXECUTE FUNCTION csr_status_by_step()"),
        // An edit of an approved chapter's content makes it a draft again, as a step in the
        // name of whoever edited it. As in a file, a chapter marked approved without any
        // recorded step (a report from before review records) stays as it was.
        QStringLiteral(
            "CREATE FUNCTION csr_reopen(chapter bigint) RETURNS void LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ BEGIN INSERT INTO csr_review_steps "
            "(report_id, chapter_id, status, reason) SELECT report_id, id, 'draft', 'edited "
            "after approval' FROM csr_chapters WHERE id = chapter AND data->>'status' = "
            "'approved' AND EXISTS (SELECT 1 FROM csr_review_steps WHERE chapter_id = "
            "chapter); END $$"),
        QStringLiteral(
            "CREATE FUNCTION csr_reopen_on_edit() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ DECLARE r record; ch bigint; BEGIN "
            "IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
            "IF TG_OP = 'UPDATE' AND NEW.data IS NOT DISTINCT FROM OLD.data AND NEW.position = "
            "OLD.position THEN RETURN NULL; END IF; "
            // A report being published or deleted brings or takes its chapters' state.
            "IF NOT EXISTS (SELECT 1 FROM csr_reports WHERE id = r.report_id) OR "
            "csr_importing(r.report_id) THEN RETURN NULL; END IF; "
            "IF TG_TABLE_NAME IN ('csr_blocks', 'csr_metrics') THEN ch := r.chapter_id; ELSE "
            "SELECT chapter_id INTO ch FROM csr_blocks WHERE id = r.block_id; END IF; "
            "PERFORM csr_reopen(ch); RETURN NULL; END $$"),
        QStringLiteral(
            "CREATE FUNCTION csr_reopen_on_chapter_edit() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ BEGIN IF (NEW.data - 'status' - 'assignee') IS "
            "DISTINCT FROM (OLD.data - 'status' - 'assignee') THEN PERFORM csr_reopen(NEW.id); "
            "END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER csr_reopen AFTER UPDATE ON csr_chapters FOR EACH ROW "
                       "EXECUTE FUNCTION csr_reopen_on_chapter_edit()"),
    };
}

QStringList comments()
{
    return {
        QStringLiteral(
            "CREATE FUNCTION csr_thread_check() RETURNS trigger LANGUAGE plpgsql SET search_path "
            "= public, pg_temp AS $$ DECLARE n bigint; BEGIN IF TG_OP = 'INSERT' THEN "
            "IF csr_importing(NEW.report_id) THEN RETURN NEW; END IF; "
            "NEW.created_by := current_user; NEW.resolved := false; NEW.resolved_by := ''; "
            "NEW.resolved_at := NULL; NEW.version := 1; "
            // The server names new threads, so two people commenting at once never clash.
            "IF coalesce(NEW.doc_id, '') = '' THEN PERFORM pg_advisory_xact_lock(NEW.report_id); "
            "SELECT coalesce(max(substring(doc_id FROM 2)::bigint), 0) + 1 INTO n FROM "
            "csr_comment_threads WHERE report_id = NEW.report_id AND doc_id ~ '^t[0-9]{1,15}$'; "
            "NEW.doc_id := 't' || n; END IF; RETURN NEW; END IF; "
            "IF NEW.anchor IS DISTINCT FROM OLD.anchor AND OLD.created_by <> current_user THEN "
            "RAISE EXCEPTION 'only whoever opened a comment thread may move it' USING ERRCODE = "
            "'insufficient_privilege'; END IF; "
            "IF NEW.resolved <> OLD.resolved THEN IF NEW.resolved THEN NEW.resolved_by := "
            "current_user; NEW.resolved_at := now(); ELSE NEW.resolved_by := ''; NEW.resolved_at "
            ":= NULL; END IF; ELSE NEW.resolved_by := OLD.resolved_by; NEW.resolved_at := "
            "OLD.resolved_at; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_thread_check BEFORE INSERT OR UPDATE ON "
                       "csr_comment_threads FOR EACH ROW EXECUTE FUNCTION csr_thread_check()"),
        QStringLiteral(
            "CREATE FUNCTION csr_comment_check() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ DECLARE r bigint; BEGIN IF TG_OP = 'UPDATE' "
            "THEN NEW.at := OLD.at; RETURN NEW; END IF; "
            "SELECT report_id INTO r FROM csr_comment_threads WHERE id = NEW.thread_id; "
            "IF r IS NULL THEN RAISE EXCEPTION 'there is no such comment thread, or you may not "
            "read it' USING ERRCODE = 'insufficient_privilege'; END IF; NEW.report_id := r; "
            "IF NOT csr_importing(r) THEN NEW.author := current_user; NEW.at := now(); "
            "NEW.version := 1; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_comment_check BEFORE INSERT OR UPDATE ON csr_comments "
                       "FOR EACH ROW EXECUTE FUNCTION csr_comment_check()"),
    };
}

QStringList figures()
{
    return {
        QStringLiteral(
            "CREATE FUNCTION csr_explanation_check() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ DECLARE r bigint; BEGIN SELECT report_id INTO r "
            "FROM csr_metrics WHERE id = NEW.metric_id; IF r IS NULL THEN RAISE EXCEPTION "
            "'there is no such figure, or you may not read it' USING ERRCODE = "
            "'insufficient_privilege'; END IF; NEW.report_id := r; IF NOT csr_importing(r) THEN "
            "NEW.who := current_user; NEW.at := now(); END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_explanation_check BEFORE INSERT OR UPDATE ON "
                       "csr_explanations FOR EACH ROW EXECUTE FUNCTION csr_explanation_check()"),
        QStringLiteral(
            "CREATE FUNCTION csr_evidence_check() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path = public, pg_temp AS $$ DECLARE r bigint; total bigint; n bigint; BEGIN "
            "SELECT report_id INTO r FROM csr_metrics WHERE id = NEW.metric_id; IF r IS NULL "
            "THEN RAISE EXCEPTION 'there is no such figure, or you may not read it' USING "
            "ERRCODE = 'insufficient_privilege'; END IF; NEW.report_id := r; "
            "PERFORM pg_advisory_xact_lock(r); "
            "SELECT coalesce(sum(size), 0) INTO total FROM csr_evidence WHERE report_id = r; "
            "IF total + octet_length(NEW.data) > 33554432 THEN RAISE EXCEPTION 'the evidence "
            "files of a report may be 32 MiB in all' USING ERRCODE = 'check_violation'; END IF; "
            "IF NOT csr_importing(r) THEN NEW.added_by := current_user; NEW.added_at := now(); "
            "END IF; "
            "IF coalesce(NEW.doc_id, '') = '' THEN SELECT coalesce(max(substring(doc_id FROM 2)"
            "::bigint), 0) + 1 INTO n FROM csr_evidence WHERE report_id = r AND doc_id ~ "
            "'^e[0-9]{1,15}$'; NEW.doc_id := 'e' || n; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_evidence_check BEFORE INSERT ON csr_evidence FOR EACH "
                       "ROW EXECUTE FUNCTION csr_evidence_check()"),
    };
}

QStringList notifications()
{
    QStringList s{QStringLiteral(
        "CREATE FUNCTION csr_notify_review() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r "
        "record; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; PERFORM "
        "pg_notify('csr_report_' || r.report_id, json_build_object('table', TG_TABLE_NAME, "
        "'op', 'review', 'by', current_user, 'at', extract(epoch FROM "
        "clock_timestamp()))::text); RETURN NULL; END $$")};
    for (const char *table : {"csr_review_steps", "csr_comment_threads", "csr_comments",
                              "csr_explanations", "csr_evidence"})
        s << QStringLiteral("CREATE TRIGGER csr_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH ROW EXECUTE FUNCTION csr_notify_review()")
                 .arg(QLatin1String(table));
    for (const char *table :
         {"csr_blocks", "csr_metrics", "csr_timeline_entries", "csr_list_items"})
        s << QStringLiteral("CREATE TRIGGER csr_reopen AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH ROW EXECUTE FUNCTION csr_reopen_on_edit()")
                 .arg(QLatin1String(table));
    return s;
}

QStringList rights()
{
    const QString member = QStringLiteral("csr_role(report_id, current_user) IS NOT NULL");
    const QString figureEditor =
        QStringLiteral("csr_may_edit_metric(report_id, (SELECT m.chapter_id FROM csr_metrics m "
                       "WHERE m.id = metric_id), current_user)");
    QStringList s;
    for (const char *table : {"csr_review_steps", "csr_comment_threads", "csr_comments",
                              "csr_explanations", "csr_evidence"})
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table))
          << QStringLiteral("CREATE POLICY csr_read ON %1 FOR SELECT USING (%2)")
                 .arg(QLatin1String(table), member);
    s << QStringLiteral("CREATE POLICY csr_add ON csr_review_steps FOR INSERT WITH CHECK (%1)")
             .arg(member)
      // Anyone who may read the report comments, replies and resolves.
      << QStringLiteral("CREATE POLICY csr_add ON csr_comment_threads FOR INSERT WITH CHECK "
                        "(%1)")
             .arg(member)
      << QStringLiteral("CREATE POLICY csr_resolve ON csr_comment_threads FOR UPDATE USING (%1)")
             .arg(member)
      << QStringLiteral("CREATE POLICY csr_own ON csr_comment_threads FOR DELETE USING "
                        "(created_by = current_user AND NOT EXISTS (SELECT 1 FROM csr_comments c "
                        "WHERE c.thread_id = csr_comment_threads.id AND c.author <> "
                        "current_user))")
      << QStringLiteral("CREATE POLICY csr_add ON csr_comments FOR INSERT WITH CHECK (%1)")
             .arg(member)
      // Only one's own words are one's to change or take back.
      << QStringLiteral("CREATE POLICY csr_own ON csr_comments FOR UPDATE USING (author = "
                        "current_user)")
      << QStringLiteral("CREATE POLICY csr_own_delete ON csr_comments FOR DELETE USING (author "
                        "= current_user)")
      // Whoever may change a figure explains it and attaches its evidence.
      << QStringLiteral("CREATE POLICY csr_edit ON csr_explanations FOR ALL USING (%1) WITH "
                        "CHECK (%1)")
             .arg(figureEditor)
      << QStringLiteral("CREATE POLICY csr_add ON csr_evidence FOR INSERT WITH CHECK (%1)")
             .arg(figureEditor)
      << QStringLiteral("CREATE POLICY csr_remove ON csr_evidence FOR DELETE USING (added_by = "
                        "current_user OR csr_role(report_id, current_user) = 'owner')")
      << QStringLiteral("GRANT SELECT, INSERT ON csr_review_steps TO csr_member")
      << QStringLiteral("GRANT SELECT, INSERT, DELETE ON csr_comment_threads, csr_comments, "
                        "csr_evidence TO csr_member")
      << QStringLiteral("GRANT UPDATE (anchor, resolved, version) ON csr_comment_threads TO "
                        "csr_member")
      << QStringLiteral("GRANT UPDATE (text, version) ON csr_comments TO csr_member")
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON csr_explanations TO csr_member")
      << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO csr_member");
    return s;
}

} // namespace

// Data first, then the triggers, so moving version 2's records is not checked as new steps.
QStringList version3()
{
    return tables() + movedData() + workflow() + comments() + figures() + notifications() +
           rights();
}

} // namespace csr::team::TeamSchema
