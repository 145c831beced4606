using System.Collections.Concurrent;
using StrategyMiner.Codebook;
using StrategyMiner.Coding;
using StrategyMiner.Corpus;
using StrategyMiner.Documents;
using StrategyMiner.Extraction;
using StrategyMiner.Ocr;
using StrategyMiner.Passages;
using StrategyMiner.Repair;
using StrategyMiner.Store;
using StrategyMiner.Text;

namespace StrategyMiner.Pipeline;

/// <summary>
/// PDFs → text with page provenance → OCR → repair → passages → coding, into the evidence store.
/// Every stage commits as it goes and starts from what the store already has, so a run killed at
/// any point resumes where it stopped, and a re-run over unchanged files does no work.
/// Documents are extracted in parallel; the store is written from one thread only.
/// </summary>
public sealed class StrategyPipeline
{
    /// <summary>Stage names as shown in progress output.</summary>
    public const string ExtractStage = "Läser PDF", OcrStage = "OCR", RepairStage = "Reparerar", PassageStage = "Passager", CodingStage = "Kodar";

    private readonly IDocumentExtractor _extractor;
    private readonly Func<PageText, bool>? _needsOcr;
    private readonly Func<IPageRecognizer>? _recognizer;
    private readonly Lazy<SwedishRepairer>? _repairer;
    private readonly IPassageBuilder _passages;
    private readonly IReadOnlyList<Func<IPassageCoder>> _coders;

    internal StrategyPipeline(IDocumentExtractor extractor, Func<PageText, bool>? needsOcr, Func<IPageRecognizer>? recognizer,
        Func<SwedishRepairer>? repairer, IPassageBuilder passages, IReadOnlyList<Func<IPassageCoder>> coders)
    {
        _extractor = extractor;
        _needsOcr = needsOcr;
        _recognizer = recognizer;
        _repairer = repairer is null ? null : new Lazy<SwedishRepairer>(repairer);
        _passages = passages;
        _coders = coders;
    }

    private sealed record Extracted(string Path, string Hash, ExtractedDocument? Document, string? Error);

    /// <summary>Runs the pipeline over files and folders.</summary>
    public RunSummary Run(IEnumerable<string> inputs, EvidenceStore store, RunOptions? options = null, IRunProgress? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new RunOptions();
        progress ??= NullRunProgress.Instance;
        var files = InputFiles.Expand(inputs);
        var failures = new List<FileFailure>();
        var pageProblems = new List<string>();
        var batch = new List<(string Id, string Path)>();
        var unchanged = new List<string>();

        // Which files need work: a file whose content hash is a complete document is done.
        var todo = new List<(string Path, string Hash)>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!File.Exists(file))
            {
                Fail(file, "file not found");
                continue;
            }
            string hash;
            try { hash = TextNormalizer.HashFile(file); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Fail(file, $"cannot read file: {ex.Message}");
                continue;
            }
            var existing = store.FindDocument(hash);
            if (existing is { Status: "complete" or "superseded" })
            {
                unchanged.Add(existing.Id);
                store.ClearFailure(file);
                continue;
            }
            todo.Add((file, hash));
        }
        if (unchanged.Count > 0) progress.Log($"{unchanged.Count} file(s) unchanged since the last run: nothing to do for them.");

        var ocrPages = 0;
        progress.StageStarted(ExtractStage, 0, "sidor");
        if (_recognizer is not null) progress.StageStarted(OcrStage, 0, "sidor");

        // Extraction runs on worker threads; the bounded queue keeps at most a few documents'
        // text in memory while this thread writes them to the store.
        using var queue = new BlockingCollection<Extracted>(boundedCapacity: 2);
        var producer = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = options.ExtractionWorkers, CancellationToken = cancellationToken }, item =>
                {
                    Extracted result;
                    try
                    {
                        result = new Extracted(item.Path, item.Hash, _extractor.Extract(item.Path, cancellationToken), null);
                    }
                    catch (InputRejectedException ex) { result = new Extracted(item.Path, item.Hash, null, ex.Reason); }
                    catch (OperationCanceledException) { throw; }
                    catch (Exception ex) { result = new Extracted(item.Path, item.Hash, null, $"unexpected error while reading: {ex.Message}"); }
                    queue.Add(result, cancellationToken);
                });
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, cancellationToken);

        // The recognizer (one Tesseract engine per worker, a few hundred MB) is created when the
        // first page needs OCR and released as soon as ingest is over, not held through coding;
        // the using releases it on the way out if ingest throws.
        using var ocr = new RecognizerLease(_recognizer);
        foreach (var item in queue.GetConsumingEnumerable(cancellationToken))
        {
            if (item.Document is null)
            {
                Fail(item.Path, item.Error!);
                continue;
            }
            var document = item.Document;
            var fileName = Path.GetFileName(item.Path);
            if (document.Pages.All(p => p.Blocks.Count == 0) && !document.Pages.Any(p => p.HasImages))
            {
                Fail(item.Path, document.PageCount == 0 ? "the PDF has no pages" : "no text and no images: nothing to read");
                continue;
            }
            var entry = StrategyCatalog.Default.Match(fileName, document.Title)
                        ?? (options.Region is null ? null : StrategyCatalog.Default.ForRegion(options.Region));
            var info = new DocumentInfo(item.Hash, fileName, options.Region ?? entry?.Region, entry?.Title ?? document.Title, entry?.Year, document.PageCount);
            store.BeginDocument(info, item.Path);
            var stored = store.GetStoredPageNumbers(info.Id);

            var textPages = new List<PageText>();
            var forOcr = new List<int>();
            foreach (var page in document.Pages)
            {
                if (stored.Contains(page.PageNumber)) continue;
                if (page.Status == PageStatus.Failed) textPages.Add(page);
                else if (_needsOcr is not null && _needsOcr(page)) forOcr.Add(page.PageNumber);
                else if (page.Blocks.Count == 0)
                    textPages.Add(page with { Status = _needsOcr is null && page.HasImages ? PageStatus.Failed : PageStatus.Blank, Note = _needsOcr is null && page.HasImages ? "image-only page and OCR is off" : "empty page (no text, no images)" });
                else textPages.Add(page);
            }
            store.SavePages(info.Id, textPages);
            progress.AddWork(ExtractStage, document.PageCount);
            progress.Advance(ExtractStage, document.PageCount);

            if (forOcr.Count > 0 && _recognizer is not null)
            {
                progress.AddWork(OcrStage, forOcr.Count);
                try
                {
                    foreach (var recognized in ocr.Get().Recognize(item.Path, forOcr, cancellationToken))
                    {
                        var page = ScannedMarginFilter.Apply(recognized);
                        store.SavePages(info.Id, [page]);
                        ocrPages++;
                        if (page.Status == PageStatus.Failed) pageProblems.Add($"{fileName} s. {page.PageNumber}: {page.Note}");
                        progress.Advance(OcrStage);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // OCR is unavailable (e.g. Tesseract missing): record the pages as failed so
                    // the rest of the document still goes in, and say why.
                    var failed = forOcr.Where(n => !store.GetStoredPageNumbers(info.Id).Contains(n))
                        .Select(n => PageText.Empty(n, PageSource.Ocr, PageStatus.Failed, $"OCR failed: {ex.Message}")).ToList();
                    store.SavePages(info.Id, failed);
                    pageProblems.AddRange(failed.Select(p => $"{fileName} s. {p.PageNumber}: {p.Note}"));
                }
            }
            store.ClearFailure(item.Path);
            batch.Add((info.Id, item.Path));
        }
        producer.GetAwaiter().GetResult();
        ocr.Dispose();

        // Documents an earlier run left unfinished whose files were not given again are not
        // resumed here: only the batch named on the command line is worked on.
        var repaired = RepairPages(store, batch.Select(b => b.Id).ToList(), unchanged, progress, cancellationToken);

        var revised = 0;
        var carried = 0;
        var removed = 0;
        progress.StageStarted(PassageStage, batch.Count, "dokument");
        foreach (var (id, _) in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var doc = store.FindDocument(id)!;
            var info = new DocumentInfo(doc.Id, doc.FileName, doc.Region, doc.Title, doc.Year, doc.PageCount);
            var passages = _passages.GetPassages(info, store.GetPages(id));
            var completion = store.CompleteDocument(id, passages);
            if (completion.ReplacedDocumentId is not null)
            {
                revised++;
                carried += completion.CarriedOverDecisions;
                removed += completion.DecisionsOnRemovedPassages;
                progress.Log($"{doc.FileName}: revised file replaces the earlier version; {completion.CarriedOverDecisions} review decision(s) carried over"
                    + (completion.DecisionsOnRemovedPassages > 0 ? $", {completion.DecisionsOnRemovedPassages} on passages the new version no longer has (kept with the old version)" : ""));
            }
            progress.Advance(PassageStage);
        }

        var coded = Code(store, options, progress, cancellationToken);

        return new RunSummary
        {
            Ingested = batch.Count,
            Unchanged = unchanged.Count,
            Revised = revised,
            CarriedOverDecisions = carried,
            DecisionsOnRemovedPassages = removed,
            PagesOcr = ocrPages,
            PagesRepaired = repaired,
            Coded = coded,
            Failures = failures,
            PageProblems = pageProblems,
            Status = store.GetStatus(),
        };

        void Fail(string path, string reason)
        {
            failures.Add(new FileFailure(path, reason));
            store.RecordFailure(path, reason);
            progress.Log($"error: {path}: {reason}");
        }
    }

    private int RepairPages(EvidenceStore store, IReadOnlyList<string> batch, IReadOnlyList<string> unchanged, IRunProgress progress, CancellationToken cancellationToken)
    {
        if (_repairer is null || batch.Count == 0) return 0;
        var needing = new List<(string Id, PageText Page)>();
        SwedishRepairer? repairer = null;
        foreach (var id in batch)
        {
            foreach (var page in store.GetPages(id))
            {
                if (page.Status != PageStatus.Ok || page.Source == PageSource.Repaired) continue;
                repairer ??= _repairer.Value;
                if (repairer.NeedsRepair(page.Text)) needing.Add((id, page));
            }
        }
        if (needing.Count == 0 || repairer is null) return 0;

        // The batch's clean pages teach the repairer its vocabulary: place and region names no
        // dictionary has. Pages that need repair themselves are left out.
        var needy = needing.Select(n => (n.Id, n.Page.PageNumber)).ToHashSet();
        foreach (var id in batch.Concat(unchanged).Distinct(StringComparer.Ordinal))
            foreach (var page in store.GetPages(id))
                if (page.Status == PageStatus.Ok && !needy.Contains((id, page.PageNumber)) && page.Source != PageSource.Repaired)
                    repairer.Learn(page.Text);

        progress.StageStarted(RepairStage, needing.Count, "sidor");
        var count = 0;
        foreach (var (id, page) in needing)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = repairer.Repair(page.Text);
            var texts = result.Text.Split("\n\n");
            if (texts.Length == page.Blocks.Count)
            {
                var blocks = page.Blocks.Select((b, i) => b with { Text = texts[i] }).ToList();
                store.SavePages(id, [page with { Source = PageSource.Repaired, Blocks = blocks, OriginalText = page.Text, Changes = result.Changes }]);
                count++;
            }
            else
            {
                progress.Log($"warning: repair changed the block structure of a page of document {id} (p. {page.PageNumber}); kept the original text");
            }
            progress.Advance(RepairStage);
        }
        return count;
    }

    private Dictionary<string, int> Code(EvidenceStore store, RunOptions options, IRunProgress progress, CancellationToken cancellationToken)
    {
        var coded = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_coders.Count == 0) return coded;
        var coders = _coders.Select(c => c()).ToList();
        foreach (var coder in coders)
        {
            progress.StageStarted($"{CodingStage} ({coder.Method})", store.CountPassagesToCode(coder.Method, coder.ModelVersion), "passager");
            var n = 0;
            // Paged from the store so memory does not grow with the corpus.
            foreach (var chunk in store.BatchesToCode(coder.Method, coder.ModelVersion, options.CodingBatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var results = coder.Code(chunk, cancellationToken);
                store.SaveCodings(coder.Method, coder.ModelVersion, results);
                n += chunk.Length;
                progress.Advance($"{CodingStage} ({coder.Method})", chunk.Length);
            }
            coded[coder.Method] = n;
        }
        if (coders.Count >= 2) FlagDisagreements(store, coders);
        return coded;
    }

    // Coders disagree on a code of a passage when some but not all of them suggested it: the union
    // of each pair's disagreements, read per pair from the store (codes only, one query per pair).
    private static void FlagDisagreements(EvidenceStore store, IReadOnlyList<IPassageCoder> coders)
    {
        var disputed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < coders.Count; i++)
            for (var j = i + 1; j < coders.Count; j++)
                foreach (var pair in store.GetCodeSetsOfBoth(coders[i].Method, coders[i].ModelVersion, coders[j].Method, coders[j].ModelVersion))
                {
                    if (!disputed.TryGetValue(pair.PassageId, out var codes)) disputed[pair.PassageId] = codes = new HashSet<string>(StringComparer.Ordinal);
                    codes.UnionWith(pair.First.Except(pair.Second).Concat(pair.Second.Except(pair.First)));
                }
        var order = CodebookDefinition.Default.Codes.Select(c => c.Id).ToList();
        store.SaveDisagreements(disputed.ToDictionary(
            kv => kv.Key, kv => (IReadOnlyList<string>)order.Where(kv.Value.Contains).ToList(), StringComparer.Ordinal));
    }
}
