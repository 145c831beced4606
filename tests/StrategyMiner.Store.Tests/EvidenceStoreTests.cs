using Microsoft.Data.Sqlite;
using StrategyMiner.Codebook;
using StrategyMiner.Documents;

namespace StrategyMiner.Store.Tests;

public class EvidenceStoreTests
{
    private static readonly string[] Texts =
    [
        "Regionen ska stärka samverkan med kommunerna – ”tillsammans” är ledordet för år 2030.",
        "Uppföljningen sker årligen med ett tjugotal indikatorer för länets utveckling.",
        "Skillnaderna i livslängd mellan Malung-Sälen och Falun är större än någon annanstans.",
    ];

    private static IReadOnlyList<Passage> Passages(string file, params string[] texts) =>
        texts.Select((t, i) => TempStore.Passage(file, i, t, page: i + 1)).ToList();

    // A complete Dalarna document with one passage per text.
    private static IReadOnlyList<Passage> CompleteDocument(EvidenceStore store, string documentId, params string[] texts)
    {
        var doc = TempStore.Doc(documentId);
        store.BeginDocument(doc, "/data/dalarna.pdf");
        var passages = Passages("dalarna.pdf", texts);
        store.CompleteDocument(doc.Id, passages);
        return passages;
    }

    // A complete document of one passage that the local coder suggested T2 for: ready for review.
    private static IReadOnlyList<Passage> CodedDocument(EvidenceStore store, string documentId)
    {
        var passages = CompleteDocument(store, documentId, Texts[1]);
        store.SaveCodings("local", "m1", [new CodingResult(passages[0].Id, [new CodeSuggestion("T2", 0.9)])]);
        return passages;
    }

    [Test]
    public void A_new_store_is_created_at_the_latest_schema_version()
    {
        using var temp = new TempStore();
        Assert.That(temp.Store.SchemaVersion, Is.EqualTo(EvidenceStore.LatestSchemaVersion).And.GreaterThanOrEqualTo(1));
        Assert.That(temp.Reopen().SchemaVersion, Is.EqualTo(EvidenceStore.LatestSchemaVersion));
    }

    [Test]
    public void A_document_being_ingested_is_invisible_until_it_is_completed()
    {
        using var temp = new TempStore();
        var doc = TempStore.Doc("aaaa000000000001");
        temp.Store.BeginDocument(doc, "/data/dalarna.pdf");
        temp.Store.SavePages(doc.Id, [new PageText(1, PageSource.TextLayer, [new TextBlock(Texts[0], new BoundingBox(50, 600, 300, 700))], 595, 842)]);

        // A crash here: reopen and look.
        var store = temp.Reopen();
        Assert.That(store.GetPassages(), Is.Empty);
        Assert.That(store.GetStatus().DocumentsInProgress, Is.EqualTo(1));
        Assert.That(store.GetStoredPageNumbers(doc.Id), Is.EquivalentTo(new[] { 1 }), "pages already read are kept for the resume");

        store.CompleteDocument(doc.Id, Passages("dalarna.pdf", Texts));
        Assert.That(store.GetPassages().Select(p => p.Text), Is.EqualTo(Texts));
        Assert.That(store.GetStatus().Documents, Is.EqualTo(1));
    }

    [Test]
    public void Pages_round_trip_with_swedish_text_boxes_and_repair_changes()
    {
        using var temp = new TempStore();
        var doc = TempStore.Doc("aaaa000000000002");
        temp.Store.BeginDocument(doc, "/data/dalarna.pdf");
        var page = new PageText(2, PageSource.Repaired,
            [new TextBlock("Vi ska öka förutsättningarna – för ”alla”.", new BoundingBox(10.5, 20, 300, 40), BlockRole.Heading, 2, 14) { EndsOpen = true, Words = [new WordBox("Vi", new BoundingBox(10.5, 20, 20, 40), 0.91)] }],
            595, 842)
        {
            OriginalText = "Viska oka forutsattningarna – for ”alla”.",
            Changes = [new StrategyMiner.Text.TextChange(0, "Viska", "Vi ska", 4.2)],
            Confidence = 0.87,
        };
        temp.Store.SavePages(doc.Id, [page]);

        var back = temp.Reopen().GetPages(doc.Id).Single();
        Assert.Multiple(() =>
        {
            Assert.That(back.Source, Is.EqualTo(PageSource.Repaired));
            Assert.That(back.Text, Is.EqualTo(page.Text));
            Assert.That(back.OriginalText, Is.EqualTo(page.OriginalText));
            Assert.That(back.Changes, Is.EqualTo(page.Changes));
            Assert.That(back.Blocks[0].Role, Is.EqualTo(BlockRole.Heading));
            Assert.That(back.Blocks[0].EndsOpen, Is.True);
            Assert.That(back.Blocks[0].Box, Is.EqualTo(page.Blocks[0].Box));
            Assert.That(back.Blocks[0].Words.Single().Text, Is.EqualTo("Vi"));
            Assert.That(back.Confidence, Is.EqualTo(0.87));
        });
    }

    [Test]
    public void A_revised_file_keeps_decisions_on_unchanged_passages_and_keeps_the_rest_with_the_old_revision()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var v1 = TempStore.Doc("aaaa000000000003");
        store.BeginDocument(v1, "/data/dalarna.pdf");
        var first = Passages("dalarna.pdf", Texts);
        store.CompleteDocument(v1.Id, first);
        store.SaveCodings("local", "m1", first.Select(p => new CodingResult(p.Id, [new CodeSuggestion("T3", 0.8)])).ToList());
        Assert.That(store.Decide(first[0].Id, ReviewAction.Accept, null, "Maria", null, 0).Applied, Is.True);
        Assert.That(store.Decide(first[2].Id, ReviewAction.Reject, null, "Maria", "inte evidens", 0).Applied, Is.True);

        var v2 = TempStore.Doc("aaaa000000000004");
        store.BeginDocument(v2, "/data/dalarna.pdf");
        var second = Passages("dalarna.pdf", Texts[0], Texts[1], "Ett helt nytt stycke om klimatomställningen i Dalarna.");
        var summary = store.CompleteDocument(v2.Id, second);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ReplacedDocumentId, Is.EqualTo(v1.Id));
            Assert.That(summary.CarriedOverDecisions, Is.EqualTo(1));
            Assert.That(summary.DecisionsOnRemovedPassages, Is.EqualTo(1));
            Assert.That(store.GetReview(first[0].Id).Status, Is.EqualTo("approved"));
            Assert.That(store.GetReview(first[0].Id).Codes, Is.EqualTo(new[] { "T3" }));
            Assert.That(store.GetPassages().Select(p => p.DocumentId).Distinct(), Is.EqualTo(new[] { v2.Id }));
            Assert.That(store.FindPassage(first[2].Id)!.DocumentId, Is.EqualTo(v1.Id), "the removed passage stays with the old revision");
            Assert.That(store.GetReview(first[2].Id).Status, Is.EqualTo("rejected"));
            Assert.That(store.FindDocument(v1.Id)!.Status, Is.EqualTo("superseded"));
        });
    }

    [Test]
    public void Code_sets_of_both_coders_cover_only_passages_both_versions_coded_and_keep_empty_sets()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CompleteDocument(store, "aaaa00000000000b", Texts);
        store.SaveCodings("local", "m1", [
            new CodingResult(passages[0].Id, [new CodeSuggestion("T3", 0.7), new CodeSuggestion("SOC", 0.6)]),
            new CodingResult(passages[1].Id, []),
            new CodingResult(passages[2].Id, [new CodeSuggestion("T7", 0.9)])]);
        store.SaveCodings("llm", "gpt@p1", [
            new CodingResult(passages[0].Id, [new CodeSuggestion("T3", 0.9)]),
            new CodingResult(passages[1].Id, [new CodeSuggestion("T2", 0.8)])]);
        store.SaveCodings("local", "m2", [new CodingResult(passages[0].Id, [new CodeSuggestion("MIL", 0.9)])]);

        var both = store.GetCodeSetsOfBoth("local", "m1", "llm", "gpt@p1").ToDictionary(p => p.PassageId);

        Assert.Multiple(() =>
        {
            Assert.That(both.Keys, Is.EquivalentTo(new[] { passages[0].Id, passages[1].Id }), "the third passage was coded by one coder only");
            Assert.That(both[passages[0].Id].First, Is.EquivalentTo(new[] { "T3", "SOC" }), "another version's codes stay out");
            Assert.That(both[passages[0].Id].Second, Is.EquivalentTo(new[] { "T3" }));
            Assert.That(both[passages[1].Id].First, Is.Empty, "coded with no codes is still coded");
            Assert.That(both[passages[1].Id].Second, Is.EquivalentTo(new[] { "T2" }));
        });
    }

    [Test]
    public void A_stale_decision_is_refused_with_the_current_state_and_nothing_is_lost()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CompleteDocument(store, "aaaa000000000005", Texts[0]);
        store.SaveCodings("local", "m1", [new CodingResult(passages[0].Id, [new CodeSuggestion("T3", 0.7), new CodeSuggestion("SOC", 0.6)])]);

        var seen = store.GetReview(passages[0].Id);
        Assert.That(seen.Codes, Is.EqualTo(new[] { "T3", "SOC" }));
        var anna = store.Decide(passages[0].Id, ReviewAction.Recode, ["T3", "T8"], "Anna", null, seen.Version);
        var erik = store.Decide(passages[0].Id, ReviewAction.Reject, null, "Erik", null, seen.Version);

        Assert.Multiple(() =>
        {
            Assert.That(anna.Applied, Is.True);
            Assert.That(erik.Applied, Is.False);
            Assert.That(erik.Message, Does.Contain("Anna").And.Contain("not saved"));
            Assert.That(erik.State.Codes, Is.EqualTo(new[] { "T3", "T8" }));
            Assert.That(store.GetReview(passages[0].Id).Status, Is.EqualTo("approved"));
            Assert.That(store.GetReviewLog(passages[0].Id), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Undo_restores_the_state_before_the_reviewers_last_decision_and_is_logged()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CodedDocument(store, "aaaa000000000006");

        var accepted = store.Decide(passages[0].Id, ReviewAction.Accept, null, "Anna", null, 0).State;
        var undone = store.Decide(passages[0].Id, ReviewAction.Undo, null, "Anna", null, accepted.Version);

        Assert.That(undone.Applied, Is.True);
        Assert.That(undone.State.Status, Is.EqualTo("pending"));
        Assert.That(store.GetReviewLog(passages[0].Id).Select(e => e.Action), Is.EqualTo(new[] { "accept", "undo" }));
    }

    [Test]
    public void Undo_never_overwrites_a_colleagues_later_decision()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CodedDocument(store, "aaaa000000000008");

        var anna = store.Decide(passages[0].Id, ReviewAction.Accept, null, "Anna", null, 0).State;
        var erik = store.Decide(passages[0].Id, ReviewAction.Recode, ["T2", "T8"], "Erik", null, anna.Version).State;
        var undo = store.Decide(passages[0].Id, ReviewAction.Undo, null, "Anna", null, erik.Version);

        Assert.Multiple(() =>
        {
            Assert.That(undo.Applied, Is.False);
            Assert.That(undo.Message, Is.EqualTo("Erik decided this passage (approved, T2 T8) after Anna; undoing would overwrite that decision, so nothing was changed. Decide again instead."));
            Assert.That(store.GetReview(passages[0].Id).Codes, Is.EqualTo(new[] { "T2", "T8" }));
            Assert.That(store.GetReviewLog(passages[0].Id).Select(e => e.Action), Is.EqualTo(new[] { "accept", "recode" }));
        });
    }

    [Test]
    public void Undo_twice_or_without_an_own_decision_is_refused_with_the_reason()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CompleteDocument(store, "aaaa000000000009", Texts[1]);

        var rejected = store.Decide(passages[0].Id, ReviewAction.Reject, null, "Anna", null, 0).State;
        var undone = store.Decide(passages[0].Id, ReviewAction.Undo, null, "Anna", null, rejected.Version).State;

        Assert.Multiple(() =>
        {
            Assert.That(() => store.Decide(passages[0].Id, ReviewAction.Undo, null, "Anna", null, undone.Version),
                Throws.InvalidOperationException.With.Message.EqualTo("Anna's last decision on this passage is already undone."));
            Assert.That(() => store.Decide(passages[0].Id, ReviewAction.Undo, null, "Åsa", null, undone.Version),
                Throws.InvalidOperationException.With.Message.EqualTo("Åsa has no decision on this passage to undo."));
            Assert.That(store.GetReviewLog(passages[0].Id), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Status_counts_only_the_newest_coder_versions_suggestions_as_waiting_for_review()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CompleteDocument(store, "aaaa00000000000a", Texts);
        store.SaveCodings("local", "m1", passages.Select(p => new CodingResult(p.Id, [new CodeSuggestion("T2", 0.9)])).ToList());
        // The retrained coder finds nothing in the first passage.
        store.SaveCodings("local", "m2", [new CodingResult(passages[0].Id, [])]);

        var status = store.GetStatus();
        Assert.Multiple(() =>
        {
            Assert.That(status.CodedPassages, Is.EqualTo(3));
            Assert.That(status.PassagesWithSuggestions, Is.EqualTo(2));
            Assert.That(status.PendingReview, Is.EqualTo(2));
            Assert.That(store.GetQueue(QueueFilter.All).Total, Is.EqualTo(status.PendingReview), "the queue and the status agree");
        });
    }

    [Test]
    public void The_audit_log_cannot_be_changed_or_deleted()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CompleteDocument(store, "aaaa000000000007", Texts[2]);
        store.Decide(passages[0].Id, ReviewAction.Reject, null, "Anna", null, 0);
        store.Dispose();

        using var raw = new SqliteConnection($"Data Source={temp.Path}");
        raw.Open();
        using var update = raw.CreateCommand();
        update.CommandText = "UPDATE review_log SET reviewer = 'Mallory'";
        Assert.That(() => update.ExecuteNonQuery(), Throws.InstanceOf<SqliteException>().With.Message.Contains("append-only"));
        update.CommandText = "DELETE FROM review_log";
        Assert.That(() => update.ExecuteNonQuery(), Throws.InstanceOf<SqliteException>().With.Message.Contains("append-only"));
    }

    [Test]
    public void Coding_runs_are_recorded_even_without_codes_so_a_rerun_has_nothing_to_code()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        var passages = CompleteDocument(store, "aaaa000000000008", Texts);

        Assert.That(store.GetPassagesToCode("local", "m1"), Has.Count.EqualTo(3));
        store.SaveCodings("local", "m1", passages.Select(p => new CodingResult(p.Id, [])).ToList());
        Assert.That(store.GetPassagesToCode("local", "m1"), Is.Empty);
        Assert.That(store.GetPassagesToCode("local", "m2"), Has.Count.EqualTo(3), "a new model version codes again");
        Assert.That(() => store.SaveCodings("local", "m1", [new CodingResult(passages[0].Id, [new CodeSuggestion("T10", 0.5)])]),
            Throws.ArgumentException.With.Message.Contains("'T10' is not a code"));
    }

    [Test]
    public void Passages_to_code_page_through_the_corpus_in_the_same_order_as_one_query()
    {
        using var temp = new TempStore();
        var store = temp.Store;
        // Two regions' strategies share a file name; neither supersedes the other.
        (DocumentInfo Doc, string[] Texts)[] docs =
        [
            (TempStore.Doc("bbbb000000000002", "strategi.pdf", "Östergötland"), ["Östergötland – ett.", "Östergötland – två.", "Östergötland – tre."]),
            (TempStore.Doc("bbbb000000000001", "strategi.pdf", "Örebro"), ["Örebro – ett.", "Örebro – två."]),
            (TempStore.Doc("bbbb000000000003", "blekinge.pdf", "Blekinge"), ["Blekinge ”ett”.", "Blekinge ”två”.", "Blekinge ”tre”."]),
        ];
        foreach (var (doc, texts) in docs)
        {
            store.BeginDocument(doc, "/data/" + doc.Id + "/" + doc.FileName);
            Assert.That(store.CompleteDocument(doc.Id, texts.Select((t, i) => TempStore.Passage(doc.Id, i, t)).ToList()).ReplacedDocumentId, Is.Null);
        }
        var all = store.GetPassagesToCode("local", "m1");

        var paged = new List<StoredPassage>();
        StoredPassage? last = null;
        while (store.GetPassagesToCode("local", "m1", 3, last) is { Count: > 0 } page)
        {
            Assert.That(page, Has.Count.LessThanOrEqualTo(3));
            paged.AddRange(page);
            last = page[^1];
        }

        Assert.Multiple(() =>
        {
            Assert.That(paged.Select(p => p.Id), Is.EqualTo(all.Select(p => p.Id)));
            Assert.That(all.Select(p => p.Text).Take(4), Is.EqualTo(new[] { "Blekinge ”ett”.", "Blekinge ”två”.", "Blekinge ”tre”.", "Örebro – ett." }));
            Assert.That(store.CountPassagesToCode("local", "m1"), Is.EqualTo(8));
        });
    }

    [Test]
    public void Opening_a_file_that_is_not_a_store_fails_with_a_clear_message_and_leaves_it_alone()
    {
        using var temp = new TempStore();
        var path = System.IO.Path.Combine(temp.Folder, "notes.db");
        File.WriteAllText(path, "Det här är ingen databas.");
        Assert.That(() => EvidenceStore.Open(path), Throws.InstanceOf<StoreException>().With.Message.Contains("not a SQLite database"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("Det här är ingen databas."));
        Assert.That(() => EvidenceStore.Open(System.IO.Path.Combine(temp.Folder, "missing", "x.db")),
            Throws.InstanceOf<StoreException>().With.Message.Contains("does not exist"));
    }
}
