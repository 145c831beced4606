using Spectre.Console;
using StrategyMiner.Codebook;
using StrategyMiner.Pipeline;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Output;

/// <summary>The end-of-run summary: documents, pages by source, passages, codes per region, failures.</summary>
internal static class RunSummaryPrinter
{
    public static void Print(RunSummary summary, EvidenceStore store, TimeSpan elapsed, string dbPath)
    {
        var s = summary.Status;
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"[bold]Klart[/] på {elapsed.TotalSeconds:0.0} s → {Markup.Escape(dbPath)}");
        AnsiConsole.MarkupLine($"Den här körningen: {summary.Ingested} dokument lästa, {summary.Unchanged} oförändrade (ingen ny körning), {summary.Revised} reviderade, "
            + $"{summary.PagesOcr} sidor OCR, {summary.PagesRepaired} sidor reparerade, "
            + string.Join(", ", summary.Coded.Select(kv => $"{kv.Value} passager kodade ({kv.Key})")));
        if (Bench.BenchTools.PeakMemoryMiB() is { } peak) AnsiConsole.MarkupLine($"Minnestopp: {peak:0} MiB");
        if (summary.Revised > 0)
            AnsiConsole.MarkupLine($"Granskningsbeslut överförda till reviderade dokument: {summary.CarriedOverDecisions}; på passager som inte längre finns (behålls med den gamla versionen): {summary.DecisionsOnRemovedPassages}");

        var totals = new Table().Border(TableBorder.Rounded).Title("Lagret").AddColumn("").AddColumn(new TableColumn("Antal").RightAligned());
        totals.AddRow("Dokument", s.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        totals.AddRow("Sidor: textlager", Count(s.PagesBySource, "text"));
        totals.AddRow("Sidor: OCR", Count(s.PagesBySource, "ocr"));
        totals.AddRow("Sidor: reparerade", Count(s.PagesBySource, "repaired"));
        totals.AddRow("Sidor: tomma / misslyckade", $"{s.BlankPages} / {s.FailedPages}");
        totals.AddRow("Passager", $"{s.Passages}");
        totals.AddRow("Kodade passager (med förslag)", $"{s.CodedPassages} ({s.PassagesWithSuggestions})");
        totals.AddRow("Väntar på granskning / godkända / avvisade", $"{s.PendingReview} / {s.Approved} / {s.Rejected}");
        AnsiConsole.Write(totals);

        var counts = store.GetSuggestedCodeCounts();
        if (counts.Count > 0)
        {
            var codes = CodebookDefinition.Default.Codes.Select(c => c.Id).ToList();
            var matrix = new Table().Border(TableBorder.Simple).Title("Föreslagna koder per region (passager)").AddColumn("Region");
            foreach (var code in codes) matrix.AddColumn(new TableColumn(code).RightAligned());
            foreach (var region in counts.Select(c => c.Region).Distinct().Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false)))
            {
                var row = new List<string> { Markup.Escape(region) };
                row.AddRange(codes.Select(code => counts.Where(c => c.Region == region && c.Code == code).Sum(c => c.Passages) is var n && n > 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "[grey]·[/]"));
                matrix.AddRow(row.ToArray());
            }
            AnsiConsole.Write(matrix);
        }

        if (summary.PageProblems.Count > 0)
        {
            AnsiConsole.MarkupLine("[yellow]Sidor som inte kunde läsas:[/]");
            foreach (var p in summary.PageProblems) AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(p)}[/]");
        }
        if (summary.Failures.Count > 0)
        {
            AnsiConsole.MarkupLine($"[red]{summary.Failures.Count} fil(er) kunde inte läsas in (resten av körningen gick igenom):[/]");
            foreach (var f in summary.Failures) Console.Error.WriteLine($"error: {f.Path}: {f.Reason}");
        }
    }

    private static string Count(IReadOnlyDictionary<string, int> bySource, string key) =>
        bySource.TryGetValue(key, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
}
