using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StrategyMiner.Review.Tests;

/// <summary>
/// The review page in real headless Chromium (the Debian package, never a downloaded browser):
/// keyboard review, undo, a concurrent-edit conflict between two reviewers, markup shown as text.
/// </summary>
[NonParallelizable]
public class ReviewPageEndToEndTests
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly List<string> _errors = [];
    private bool _dialogSeen;

    [OneTimeSetUp]
    public async Task LaunchChromium()
    {
        if (!File.Exists(Chromium))
            Assert.Fail($"Chromium is missing at {Chromium}: run `./build.sh setup` (./build.sh setup installs the Debian package chromium). The tests never download a browser.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [OneTimeTearDown]
    public async Task CloseChromium()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [SetUp]
    public void ResetObservations()
    {
        _errors.Clear();
        _dialogSeen = false;
    }

    private async Task<IPage> Open(ReviewHarness h, string reviewer, string? passageKey = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
        });
        await context.AddInitScriptAsync($"localStorage.setItem('sm.reviewer', {JsonSerializer.Serialize(reviewer)});");
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            _dialogSeen = true;
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => _errors.Add($"{reviewer}: {error}");
        page.Console += (_, message) =>
        {
            // Refused requests (404 page image, 409 conflict) are logged by Chromium as resource errors; anything else is a bug (CSP violations included).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) _errors.Add($"{reviewer}: {message.Text}");
        };
        var hash = passageKey is null ? "" : "#p=" + ReviewFixture.Id(passageKey);
        await page.GotoAsync(h.Server.Url + hash);
        await Expect(page.Locator("#passage-text")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Active(IPage page) => page.Locator(".qi.active");

    // The list moves at once; the passage (and the keys acting on it) follow when it has loaded.
    private static async Task ExpectActive(IPage page, string key)
    {
        await Expect(Active(page)).ToHaveAttributeAsync("data-id", ReviewFixture.Id(key));
        await Expect(page.Locator("#passage-pane")).ToHaveAttributeAsync("data-id", ReviewFixture.Id(key));
        await Expect(page.Locator("#decision-pane")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("loading"));
    }

    [Test]
    public async Task A_reviewer_accepts_rejects_recodes_and_undoes_with_the_keyboard()
    {
        await using var h = await ReviewHarness.StartAsync();
        var page = await Open(h, "Anna");

        // The queue opens on the passage the coders disagree on, with the OCR repair shown beside the original.
        await Expect(page.Locator(".qi")).ToHaveCountAsync(7);
        await ExpectActive(page, "kompetens");
        await Expect(page.Locator("#passage-text mark.quote")).ToHaveTextAsync(["öka kompetensförsörjningen", "fler yrkesutbildningar"]);
        await Expect(page.Locator("#provenance del.chg").First).ToHaveTextAsync("Viska");
        await Expect(page.Locator("#provenance ins.chg").First).ToHaveTextAsync("Vi ska");
        await SaveScreenshot(page);

        await page.Keyboard.PressAsync("a");
        await ExpectActive(page, "styrgrupp");
        using (var store = h.Data.OpenStore())
        {
            var state = store.GetReview(ReviewFixture.Id("kompetens"));
            Assert.That((state.Status, string.Join(" ", state.Codes), state.Reviewer), Is.EqualTo(("approved", "T6 EKO", "Anna")));
        }

        await page.Keyboard.PressAsync("r");
        await ExpectActive(page, "klimat");

        // klimat is suggested T4 and MIL: drop T4, add T1 and EKO, save with Enter.
        await page.Keyboard.PressAsync("4");
        await page.Keyboard.PressAsync("1");
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator(".toggle[aria-pressed=true]")).ToHaveCountAsync(3);
        await Expect(page.Locator("#btn-recode")).ToBeEnabledAsync();
        await page.Keyboard.PressAsync("Enter");
        await ExpectActive(page, "xss");
        using (var store = h.Data.OpenStore())
        {
            Assert.That(store.GetReview(ReviewFixture.Id("styrgrupp")).Status, Is.EqualTo("rejected"));
            var klimat = store.GetReview(ReviewFixture.Id("klimat"));
            Assert.That((klimat.Status, string.Join(" ", klimat.Codes)), Is.EqualTo(("approved", "T1 EKO MIL")));
        }

        // Markup in a passage is text, never code.
        await Expect(page.Locator("#passage-text")).ToHaveTextAsync(ReviewFixture.Texts["xss"]);
        Assert.That(await page.Locator("#passage-text script").CountAsync(), Is.Zero);

        // The page image comes from the PDF with the passage's area marked.
        await page.Keyboard.PressAsync("i");
        await Expect(page.Locator(".page-figure .box")).ToHaveCountAsync(1);
        await Expect(page.Locator(".page-figure img")).ToHaveJSPropertyAsync("naturalWidth", 827);

        // U undoes the last decision (the re-coding), going back to that passage.
        await page.Keyboard.PressAsync("u");
        await ExpectActive(page, "klimat");
        await Expect(page.Locator("#state-pill")).ToHaveTextAsync("Väntande");
        using (var store = h.Data.OpenStore())
        {
            Assert.That(store.GetReview(ReviewFixture.Id("klimat")).Status, Is.EqualTo("pending"));
            Assert.That(store.GetReviewLog(ReviewFixture.Id("klimat")).Select(e => e.Action), Is.EqualTo(new[] { "recode", "undo" }));
        }

        // Gävleborg's PDF was moved: the page says so instead of showing a broken image.
        await page.Keyboard.PressAsync("i");
        await Expect(page.Locator(".unavailable")).ToContainTextAsync("filen har flyttats");

        Assert.That(_dialogSeen, Is.False, "no script from a passage ran");
        Assert.That(_errors, Is.Empty);
    }

    [Test]
    public async Task Two_reviewers_on_the_same_passage_never_lose_each_others_work()
    {
        await using var h = await ReviewHarness.StartAsync();
        var anna = await Open(h, "Anna", "folkhalsa");
        var bjorn = await Open(h, "Björn", "folkhalsa");
        await Expect(bjorn.Locator("#state-pill")).ToHaveTextAsync("Väntande");

        await anna.Keyboard.PressAsync("a");
        await Expect(anna.Locator(".toast").First).ToContainTextAsync("Godkänd");
        await bjorn.Keyboard.PressAsync("r");

        await Expect(bjorn.Locator("#conflict")).ToContainTextAsync("Anna hann före");
        await Expect(bjorn.Locator("#conflict")).ToContainTextAsync("Ditt beslut sparades inte");
        await Expect(bjorn.Locator("#state-pill")).ToHaveTextAsync("Godkänd");
        using (var store = h.Data.OpenStore())
        {
            var state = store.GetReview(ReviewFixture.Id("folkhalsa"));
            Assert.That((state.Status, state.Reviewer), Is.EqualTo(("approved", "Anna")));
            Assert.That(store.GetReviewLog(ReviewFixture.Id("folkhalsa")), Has.Count.EqualTo(1));
        }

        // Having seen Anna's decision, Björn can still overrule it deliberately: a new, logged decision.
        await bjorn.Keyboard.PressAsync("r");
        await Expect(bjorn.Locator(".toast", new() { HasText = "Avvisad" })).ToBeVisibleAsync();
        using (var store = h.Data.OpenStore())
        {
            Assert.That(store.GetReview(ReviewFixture.Id("folkhalsa")).Reviewer, Is.EqualTo("Björn"));
            Assert.That(store.GetReviewLog(ReviewFixture.Id("folkhalsa")).Select(e => e.Reviewer), Is.EqualTo(new[] { "Anna", "Björn" }));
        }
        Assert.That(_errors, Is.Empty);
    }

    // The screenshot goes to the test's work folder; with STRATEGYMINER_UPDATE_SCREENSHOT=1 also to docs/review-screenshot.png.
    private static async Task SaveScreenshot(IPage page)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review-screenshot.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.AddTestAttachment(path, "The review page at 1280×800");
        if (Environment.GetEnvironmentVariable("STRATEGYMINER_UPDATE_SCREENSHOT") != "1") return;
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "StrategyMiner.sln"))) root = root.Parent;
        Assert.That(root, Is.Not.Null, "the repository root (with StrategyMiner.sln) was not found above the test folder");
        File.Copy(path, Path.Combine(root!.FullName, "docs", "review-screenshot.png"), overwrite: true);
    }
}
