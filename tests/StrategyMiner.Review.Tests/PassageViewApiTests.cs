using System.Buffers.Binary;
using System.Net;
using System.Text.Json.Nodes;

namespace StrategyMiner.Review.Tests;

public class PassageViewApiTests
{
    [Test]
    public async Task A_passage_comes_with_its_context_and_suggestions()
    {
        await using var h = await ReviewHarness.StartAsync();
        var view = await h.GetJson($"/api/passages/{ReviewFixture.Id("uppfoljning")}");

        var p = view["passage"]!;
        Assert.That(p["title"]!.GetValue<string>(), Is.EqualTo("Dalastrategin 2030"));
        Assert.That(p["region"]!.GetValue<string>(), Is.EqualTo("Dalarna"));
        Assert.That(p["pages"]!.AsArray().Select(x => x!.GetValue<int>()), Is.EqualTo(new[] { 1 }));
        Assert.That(p["headingPath"]!.AsArray().Select(x => x!.GetValue<string>()), Is.EqualTo(new[] { "1 Inledning", "1.1 Uppföljning" }));
        Assert.That(view["previous"]!["text"]!.GetValue<string>(), Is.EqualTo(ReviewFixture.Texts["samverkan"]));
        Assert.That(view["next"]!["text"]!.GetValue<string>(), Is.EqualTo(ReviewFixture.Texts["kompetens"]));
        var llm = view["suggestions"]!.AsArray().Single(s => s!["method"]!.GetValue<string>() == "llm")!;
        Assert.That((llm["code"]!.GetValue<string>(), llm["name"]!.GetValue<string>(), llm["quote"]!.GetValue<string>()),
            Is.EqualTo(("T2", "Uppföljning", "ett tjugotal indikatorer")));
        Assert.That(view["state"]!["status"]!.GetValue<string>(), Is.EqualTo("pending"));
        var page = view["pages"]!.AsArray().Single()!;
        Assert.That(page["boxes"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(page["repair"], Is.Null, "a text-layer page has nothing to compare");
    }

    [Test]
    public async Task A_repaired_passage_shows_the_original_beside_the_repaired_text()
    {
        await using var h = await ReviewHarness.StartAsync();
        var view = await h.GetJson($"/api/passages/{ReviewFixture.Id("kompetens")}");
        var repair = view["pages"]!.AsArray().Single()!["repair"]!;

        Assert.That(repair["located"]!.GetValue<bool>(), Is.True);
        Assert.That(repair["changes"]!.GetValue<int>(), Is.EqualTo(4));
        var segments = repair["segments"]!.AsArray();
        Assert.That(string.Concat(segments.Select(s => s!["original"]!.GetValue<string>())), Is.EqualTo(ReviewFixture.RepairedOriginal));
        Assert.That(string.Concat(segments.Select(s => s!["repaired"]!.GetValue<string>())), Is.EqualTo(ReviewFixture.Texts["kompetens"]),
            "only the passage's part of the page, not the next paragraph");
        var changed = segments.Where(s => s!["changed"]!.GetValue<bool>()).Select(s => $"{s!["original"]}→{s["repaired"]}");
        Assert.That(changed, Is.EqualTo(new[] { "Viska→Vi ska", "6ka→öka", "kompetensforsorjningen→kompetensförsörjningen", "lanet→länet" }));
    }

    [Test]
    public async Task The_page_image_is_rendered_from_the_pdf_once_and_then_served_from_memory()
    {
        var renderer = new CountingRenderer();
        await using var h = await ReviewHarness.StartAsync(renderer);
        var url = $"/api/documents/{h.Data.DalarnaId}/pages/2/image";

        using var first = await h.Http.GetAsync(url);
        var png = await first.Content.ReadAsByteArrayAsync();
        using var second = await h.Http.GetAsync(url);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.That(width, Is.EqualTo(827).Within(1), "595 pt at 100 dpi");
        Assert.That(height, Is.EqualTo(1170).Within(1), "842 pt at 100 dpi");
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(png));
        Assert.That(renderer.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_moved_pdf_gives_a_clear_message_instead_of_an_image()
    {
        await using var h = await ReviewHarness.StartAsync();
        using var response = await h.Http.GetAsync($"/api/documents/{h.Data.GavleborgId}/pages/1/image");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();
        Assert.That(error, Does.StartWith("Sidbilden är inte tillgänglig: filen har flyttats").And.Contain("gavleborg.pdf"));
    }

    [Test]
    public async Task A_different_file_at_the_stored_path_is_not_shown_as_the_document()
    {
        await using var h = await ReviewHarness.StartAsync();
        File.AppendAllText(h.Data.PdfPath, "\n% changed\n");
        using var response = await h.Http.GetAsync($"/api/documents/{h.Data.DalarnaId}/pages/1/image");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("filen har ändrats sedan den lästes in"));
    }

    [Test]
    public async Task A_page_outside_the_document_is_refused()
    {
        await using var h = await ReviewHarness.StartAsync();
        using var response = await h.Http.GetAsync($"/api/documents/{h.Data.DalarnaId}/pages/9/image");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Sidan 9 finns inte: dokumentet har 2 sidor."));
    }

    private sealed class CountingRenderer : IPageImageRenderer
    {
        private readonly PdftoppmRenderer _inner = new();
        public int Calls;

        public Task<byte[]> RenderAsync(string pdfPath, int pageNumber, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return _inner.RenderAsync(pdfPath, pageNumber, cancellationToken);
        }
    }
}
