// The team schema's migrations, one list of statements per version. A released migration is
// never edited: a change is a new version, so every database upgrades the same way.
#include "TeamSchema.h"

namespace csr::team::TeamSchema {

QStringList version3(); // the review as rows: TeamSchemaReviewSql.cpp

namespace {

// Version 1: the report as rows. Every row that people edit carries a version number, raised
// by each edit, so an edit made on an older version is detected instead of overwriting.
QStringList version1()
{
    QStringList s{
        QStringLiteral("CREATE TABLE csr_schema (version integer NOT NULL, "
                       "installed timestamptz NOT NULL DEFAULT now())"),
        // Metadata, signatory and whatever else the file keeps beside metrics and chapters.
        QStringLiteral("CREATE TABLE csr_reports (id bigserial PRIMARY KEY, "
                       "name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200), "
                       "data jsonb NOT NULL, version integer NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE csr_chapters (id bigserial PRIMARY KEY, "
                       "report_id bigint NOT NULL REFERENCES csr_reports ON DELETE CASCADE, "
                       "parent_id bigint REFERENCES csr_chapters ON DELETE CASCADE, "
                       "position integer NOT NULL, doc_id text NOT NULL, data jsonb NOT NULL, "
                       "version integer NOT NULL DEFAULT 1, UNIQUE (report_id, doc_id))"),
        QStringLiteral("CREATE TABLE csr_blocks (id bigserial PRIMARY KEY, "
                       "report_id bigint NOT NULL REFERENCES csr_reports ON DELETE CASCADE, "
                       "chapter_id bigint NOT NULL REFERENCES csr_chapters ON DELETE CASCADE, "
                       "position integer NOT NULL, doc_id text NOT NULL, data jsonb NOT NULL, "
                       "version integer NOT NULL DEFAULT 1, UNIQUE (report_id, doc_id))"),
        // chapter_id: the chapter whose metric table first lists the figure owns it.
        QStringLiteral("CREATE TABLE csr_metrics (id bigserial PRIMARY KEY, "
                       "report_id bigint NOT NULL REFERENCES csr_reports ON DELETE CASCADE, "
                       "chapter_id bigint REFERENCES csr_chapters ON DELETE SET NULL, "
                       "position integer NOT NULL, doc_id text NOT NULL, data jsonb NOT NULL, "
                       "version integer NOT NULL DEFAULT 1, UNIQUE (report_id, doc_id))"),
    };
    for (const char *table : {"csr_timeline_entries", "csr_list_items"})
        s << QStringLiteral("CREATE TABLE %1 (id bigserial PRIMARY KEY, "
                            "report_id bigint NOT NULL REFERENCES csr_reports ON DELETE CASCADE, "
                            "block_id bigint NOT NULL REFERENCES csr_blocks ON DELETE CASCADE, "
                            "position integer NOT NULL, data jsonb NOT NULL, "
                            "version integer NOT NULL DEFAULT 1)")
                 .arg(QLatin1String(table));
    s << QStringLiteral("CREATE TABLE csr_change_log (id bigserial PRIMARY KEY, "
                        "report_id bigint NOT NULL REFERENCES csr_reports ON DELETE CASCADE, "
                        "at timestamptz NOT NULL DEFAULT now(), "
                        "who text NOT NULL DEFAULT current_user, data jsonb NOT NULL, "
                        "version integer NOT NULL DEFAULT 1)");
    for (const char *index : {"csr_chapters (report_id)", "csr_blocks (chapter_id)",
                              "csr_metrics (report_id)", "csr_timeline_entries (block_id)",
                              "csr_list_items (block_id)", "csr_change_log (report_id)"})
        s << QStringLiteral("CREATE INDEX ON %1").arg(QLatin1String(index));
    return s;
}

// Version 2: rights enforced by the server, per person (each person is their own PostgreSQL
// role, member of csr_member), the change log written by a trigger, notifications, presence.
QStringList version2()
{
    QStringList s{
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                       "'csr_member') THEN CREATE ROLE csr_member NOLOGIN; END IF; END $$"),
        QStringLiteral("ALTER TABLE csr_reports ADD COLUMN created_by name NOT NULL "
                       "DEFAULT current_user"),
        QStringLiteral("CREATE TABLE csr_members (report_id bigint NOT NULL REFERENCES "
                       "csr_reports ON DELETE CASCADE, person name NOT NULL, role text NOT NULL "
                       "CHECK (role IN ('owner', 'editor', 'reviewer', 'reader')), "
                       "PRIMARY KEY (report_id, person))"),
        // Reports published before rights existed belong to whoever upgraded the schema.
        QStringLiteral("INSERT INTO csr_members (report_id, person, role) "
                       "SELECT id, created_by, 'owner' FROM csr_reports"),
        QStringLiteral("CREATE TABLE csr_assignments (report_id bigint NOT NULL REFERENCES "
                       "csr_reports ON DELETE CASCADE, chapter_id bigint NOT NULL REFERENCES "
                       "csr_chapters ON DELETE CASCADE, person name NOT NULL, "
                       "PRIMARY KEY (chapter_id, person))"),
        QStringLiteral("CREATE TABLE csr_presence (report_id bigint NOT NULL REFERENCES "
                       "csr_reports ON DELETE CASCADE, person name NOT NULL DEFAULT "
                       "current_user, chapter text NOT NULL DEFAULT '', seen timestamptz NOT NULL "
                       "DEFAULT now(), PRIMARY KEY (report_id, person))"),

        // Rights lookups. SECURITY DEFINER so the policies can read the membership tables
        // (which have policies of their own); the person is passed in, as current_user
        // inside a definer function is the definer.
        QStringLiteral(
            "CREATE FUNCTION csr_role(report bigint, who name) RETURNS text LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT role FROM "
            "csr_members WHERE report_id = report AND person = who $$"),
        QStringLiteral(
            "CREATE FUNCTION csr_may_edit_chapter(chapter bigint, who name) RETURNS boolean "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
            "SELECT EXISTS (SELECT 1 FROM csr_chapters c JOIN csr_members m ON m.report_id = "
            "c.report_id AND m.person = who WHERE c.id = chapter AND (m.role = 'owner' OR "
            "(m.role = 'editor' AND EXISTS (SELECT 1 FROM csr_assignments a WHERE "
            "a.chapter_id = chapter AND a.person = who)))) $$"),
        QStringLiteral(
            "CREATE FUNCTION csr_may_edit_block(block bigint, who name) RETURNS boolean "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
            "SELECT coalesce(csr_may_edit_chapter((SELECT chapter_id FROM csr_blocks WHERE id = "
            "block), who), false) $$"),
        QStringLiteral(
            "CREATE FUNCTION csr_may_edit_metric(report bigint, chapter bigint, who name) "
            "RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, "
            "pg_temp AS $$ SELECT coalesce(csr_role(report, who) = 'owner', false) OR "
            "(chapter IS NOT NULL AND csr_may_edit_chapter(chapter, who)) $$"),

        // Whoever publishes a report owns it.
        QStringLiteral(
            "CREATE FUNCTION csr_report_created() RETURNS trigger LANGUAGE plpgsql SECURITY "
            "DEFINER SET search_path = public, pg_temp AS $$ BEGIN INSERT INTO csr_members "
            "(report_id, person, role) VALUES (NEW.id, NEW.created_by, 'owner'); RETURN NULL; "
            "END $$"),
        QStringLiteral("CREATE TRIGGER csr_report_created AFTER INSERT ON csr_reports FOR EACH "
                       "ROW EXECUTE FUNCTION csr_report_created()"),

        // A reviewer may set a chapter's review status and nothing else of it.
        QStringLiteral(
            "CREATE FUNCTION csr_reviewer_sets_status_only() RETURNS trigger LANGUAGE plpgsql "
            "SET search_path = public, pg_temp AS $$ BEGIN IF csr_role(OLD.report_id, "
            "current_user) = 'reviewer' AND NOT csr_may_edit_chapter(OLD.id, current_user) AND "
            "((NEW.data - 'status') IS DISTINCT FROM (OLD.data - 'status') OR NEW.parent_id IS "
            "DISTINCT FROM OLD.parent_id OR NEW.position <> OLD.position OR NEW.doc_id <> "
            "OLD.doc_id) THEN RAISE EXCEPTION 'a reviewer may change only the review status of "
            "a chapter' USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER csr_reviewer_sets_status_only BEFORE UPDATE ON "
                       "csr_chapters FOR EACH ROW EXECUTE FUNCTION "
                       "csr_reviewer_sets_status_only()"),

        // The change log: written by this trigger as the person who made the change
        // (current_user) at the server's time; the insert policy below admits no other
        // writer, so nobody can forge who changed a figure.
        QStringLiteral(
            "CREATE FUNCTION csr_log_metric() RETURNS trigger LANGUAGE plpgsql SET search_path "
            "= public, pg_temp AS $$ DECLARE f text; b text; a text; r bigint; BEGIN "
            "IF TG_OP = 'DELETE' THEN r := OLD.report_id; ELSE r := NEW.report_id; END IF; "
            // A report being published or deleted brings or takes its own history.
            "IF NOT EXISTS (SELECT 1 FROM csr_reports WHERE id = r AND xmin <> "
            "pg_current_xact_id()::xid) THEN RETURN NULL; END IF; "
            "IF TG_OP = 'INSERT' THEN INSERT INTO csr_change_log (report_id, data) VALUES (r, "
            "jsonb_build_object('metricId', NEW.doc_id, 'field', 'metric', 'before', '', "
            "'after', coalesce(NEW.data->>'label', ''))); RETURN NULL; END IF; "
            "IF TG_OP = 'DELETE' THEN INSERT INTO csr_change_log (report_id, data) VALUES (r, "
            "jsonb_build_object('metricId', OLD.doc_id, 'field', 'metric', 'before', "
            "coalesce(OLD.data->>'label', ''), 'after', '')); RETURN NULL; END IF; "
            "FOREACH f IN ARRAY ARRAY['label', 'value', 'previousValue', 'unit', "
            "'confidential'] LOOP b := coalesce(OLD.data->>f, ''); a := coalesce(NEW.data->>f, "
            "''); IF f = 'confidential' THEN IF b = '' THEN b := 'false'; END IF; IF a = '' THEN "
            "a := 'false'; END IF; END IF; IF a <> b THEN INSERT INTO csr_change_log (report_id, "
            "data) VALUES (r, jsonb_build_object('metricId', NEW.doc_id, 'field', f, 'before', "
            "b, 'after', a)); END IF; END LOOP; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER csr_log_metric AFTER INSERT OR UPDATE OR DELETE ON "
                       "csr_metrics FOR EACH ROW EXECUTE FUNCTION csr_log_metric()"),
        // A file's own history comes along once, in the transaction that publishes it.
        QStringLiteral(
            "CREATE FUNCTION csr_import_history(report bigint, records jsonb) RETURNS void "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN "
            "IF NOT EXISTS (SELECT 1 FROM csr_reports WHERE id = report AND xmin = "
            "pg_current_xact_id()::xid) THEN RAISE EXCEPTION 'a change history is imported "
            "only with the report that brings it' USING ERRCODE = 'insufficient_privilege'; "
            "END IF; INSERT INTO csr_change_log (report_id, at, who, data) SELECT report, "
            "(e->>'when')::timestamptz, coalesce(e->>'who', ''), e - 'when' - 'who' FROM "
            "jsonb_array_elements(records) WITH ORDINALITY AS t(e, n) ORDER BY n; END $$"),

        // Notifications: what changed and its new version; clients re-read the row.
        QStringLiteral(
            "CREATE FUNCTION csr_notify() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r "
            "record; report bigint; op text := 'structure'; BEGIN IF TG_OP = 'DELETE' THEN r := "
            "OLD; ELSE r := NEW; END IF; IF TG_OP = 'UPDATE' THEN IF NEW.data IS NOT DISTINCT "
            "FROM OLD.data THEN RETURN NULL; END IF; op := 'update'; END IF; IF TG_TABLE_NAME = "
            "'csr_reports' THEN report := r.id; ELSE report := r.report_id; END IF; PERFORM "
            "pg_notify('csr_report_' || report, json_build_object('table', TG_TABLE_NAME, 'id', "
            "r.id, 'version', r.version, 'op', op, 'by', current_user, 'at', extract(epoch "
            "FROM clock_timestamp()))::text); RETURN NULL; END $$"),
        QStringLiteral(
            "CREATE FUNCTION csr_notify_presence() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "DECLARE r record; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
            "IF TG_OP = 'UPDATE' AND NEW.chapter = OLD.chapter THEN RETURN NULL; END IF; "
            "PERFORM pg_notify('csr_report_' || r.report_id, json_build_object('table', "
            "'csr_presence', 'op', 'presence', 'by', r.person)::text); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER csr_notify AFTER INSERT OR UPDATE OR DELETE ON "
                       "csr_presence FOR EACH ROW EXECUTE FUNCTION csr_notify_presence()"),
    };
    for (const char *table : {"csr_reports", "csr_chapters", "csr_blocks", "csr_metrics",
                              "csr_timeline_entries", "csr_list_items"})
        s << QStringLiteral("CREATE TRIGGER csr_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH ROW EXECUTE FUNCTION csr_notify()")
                 .arg(QLatin1String(table));

    // Row-level security. People are never the tables' owners, so the policies hold for them
    // whatever client they use (psql included).
    const QString member = QStringLiteral("csr_role(report_id, current_user) IS NOT NULL");
    const QString owner = QStringLiteral("csr_role(report_id, current_user) = 'owner'");
    for (const char *table :
         {"csr_reports", "csr_members", "csr_assignments", "csr_presence", "csr_chapters",
          "csr_blocks", "csr_metrics", "csr_timeline_entries", "csr_list_items", "csr_change_log"})
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table));
    const QString reportMember = QStringLiteral("csr_role(id, current_user) IS NOT NULL");
    const QString reportOwner = QStringLiteral("csr_role(id, current_user) = 'owner'");
    s << QStringLiteral("CREATE POLICY csr_read ON csr_reports FOR SELECT USING (%1)")
             .arg(reportMember)
      << QStringLiteral("CREATE POLICY csr_publish ON csr_reports FOR INSERT WITH CHECK "
                        "(created_by = current_user)")
      << QStringLiteral("CREATE POLICY csr_own ON csr_reports FOR UPDATE USING (%1)")
             .arg(reportOwner)
      << QStringLiteral("CREATE POLICY csr_remove ON csr_reports FOR DELETE USING (%1)")
             .arg(reportOwner);
    for (const char *table :
         {"csr_members", "csr_assignments", "csr_presence", "csr_chapters", "csr_blocks",
          "csr_metrics", "csr_timeline_entries", "csr_list_items", "csr_change_log"})
        s << QStringLiteral("CREATE POLICY csr_read ON %1 FOR SELECT USING (%2)")
                 .arg(QLatin1String(table), member);
    s << QStringLiteral("CREATE POLICY csr_manage ON csr_members FOR ALL USING (%1)").arg(owner)
      << QStringLiteral("CREATE POLICY csr_manage ON csr_assignments FOR ALL USING (%1)").arg(owner)
      << QStringLiteral("CREATE POLICY csr_own ON csr_presence FOR ALL USING (person = "
                        "current_user AND %1)")
             .arg(member)
      << QStringLiteral("CREATE POLICY csr_add ON csr_chapters FOR INSERT WITH CHECK (%1)")
             .arg(owner)
      << QStringLiteral("CREATE POLICY csr_remove ON csr_chapters FOR DELETE USING (%1)").arg(owner)
      << QStringLiteral("CREATE POLICY csr_edit ON csr_chapters FOR UPDATE USING "
                        "(csr_may_edit_chapter(id, current_user) OR csr_role(report_id, "
                        "current_user) = 'reviewer')")
      << QStringLiteral("CREATE POLICY csr_edit ON csr_blocks FOR ALL USING "
                        "(csr_may_edit_chapter(chapter_id, current_user))")
      << QStringLiteral("CREATE POLICY csr_edit ON csr_metrics FOR ALL USING "
                        "(csr_may_edit_metric(report_id, chapter_id, current_user))")
      << QStringLiteral("CREATE POLICY csr_edit ON csr_timeline_entries FOR ALL USING "
                        "(csr_may_edit_block(block_id, current_user))")
      << QStringLiteral("CREATE POLICY csr_edit ON csr_list_items FOR ALL USING "
                        "(csr_may_edit_block(block_id, current_user))")
      << QStringLiteral("CREATE POLICY csr_by_trigger ON csr_change_log FOR INSERT WITH CHECK "
                        "(pg_trigger_depth() > 0 AND who = current_user AND at = now())");

    s << QStringLiteral("GRANT SELECT ON csr_schema TO csr_member")
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON csr_reports, csr_members, "
                        "csr_assignments, csr_presence, csr_chapters, csr_blocks, csr_metrics, "
                        "csr_timeline_entries, csr_list_items TO csr_member")
      << QStringLiteral("GRANT SELECT, INSERT ON csr_change_log TO csr_member")
      << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO csr_member")
      << QStringLiteral("REVOKE ALL ON FUNCTION csr_import_history(bigint, jsonb) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION csr_import_history(bigint, jsonb) TO "
                        "csr_member");
    return s;
}

} // namespace

QStringList migration(int to)
{
    switch (to) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    default:
        return {};
    }
}

} // namespace csr::team::TeamSchema
