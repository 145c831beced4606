using StrategyMiner.Coding;
using StrategyMiner.Store;

namespace StrategyMiner.Coding.Tests;

public sealed class StoreCodingTests
{
    private static readonly string[] Texts =
    [
        "Strategin genomförs genom fyra handlingsplaner som revideras vart tredje år och beslutas av regionala utvecklingsnämnden.",
        "Uppföljningen sker årligen i en rapport med ett tjugotal indikatorer som redovisas per kommun.",
        "Det regionala partnerskapet samlar kommuner, länsstyrelsen, Karlstads universitet och näringslivet.",
        "Foto: Åsa Öberg. Tryck: Elanders, 2025.",
        "Skillnaderna i medellivslängd mellan länets kommuner är fyra år och ska minska.",
        "Länet ska vara fossilfritt 2045 – med elektrifierade transporter och förnybar energi.",
    ];

    [Test]
    public void ClassifyCodesEveryPassageInTheStoreWithMethodVersionAndConfidence()
    {
        using var temp = new TempStore();
        var ids = temp.AddDocument("varmland.pdf", Texts);
        var coder = SharedModel.Coder;

        var coded = new PassageClassifier().ClassifyPending(temp.Store, coder);

        Assert.That(coded, Is.EqualTo(Texts.Length));
        Assert.That(temp.Store.GetPassagesToCode(LocalCoder.MethodName, coder.ModelVersion), Is.Empty);
        var plan = temp.Store.GetCodings(ids[0]);
        Assert.That(plan.Select(c => c.Code), Does.Contain("T1"));
        Assert.That(plan, Has.All.Matches<StoredCoding>(c => c.Method == "local" && c.ModelVersion == coder.ModelVersion && c.Confidence is > 0 and <= 1));
        Assert.That(temp.Store.GetCodings(ids[3]), Is.Empty, "the colophon gets no code but counts as coded");
    }

    [Test]
    public void SecondClassifyRunCodesNothingUntilTheModelChanges()
    {
        using var temp = new TempStore();
        temp.AddDocument("varmland.pdf", Texts);
        var classifier = new PassageClassifier(batchSize: 2);
        Assert.That(classifier.ClassifyPending(temp.Store, SharedModel.Coder), Is.EqualTo(Texts.Length));

        temp.Reopen();
        Assert.That(classifier.ClassifyPending(temp.Store, SharedModel.Coder), Is.Zero);

        var retrained = new FixedCoder("local", "local-000000000000", "T9");
        Assert.That(classifier.ClassifyPending(temp.Store, retrained), Is.EqualTo(Texts.Length), "a new model version recodes everything");
    }

    [Test]
    public void AKilledRunLosesAtMostTheBatchInFlight()
    {
        using var temp = new TempStore();
        temp.AddDocument("kalmar.pdf", Enumerable.Range(0, 10).Select(i => $"Stycke {i} om kollektivtrafik och pendling i Kalmar län.").ToList());
        var crashing = new FixedCoder("local", "v1", "T6") { FailOnCall = 3 };

        Assert.Throws<IOException>(() => new PassageClassifier(batchSize: 3).ClassifyPending(temp.Store, crashing));

        temp.Reopen();
        Assert.That(temp.Store.GetPassagesToCode("local", "v1"), Has.Count.EqualTo(4), "two batches of three were saved");
        var resumed = new FixedCoder("local", "v1", "T6");
        Assert.That(new PassageClassifier(batchSize: 3).ClassifyPending(temp.Store, resumed), Is.EqualTo(4));
    }

    [Test]
    public void PassagesACoderLeavesOutStayPendingAndAreNotRetriedWithinTheRun()
    {
        using var temp = new TempStore();
        temp.AddDocument("gotland.pdf", Enumerable.Range(0, 7).Select(i => i % 3 == 0 ? $"Stycke {i}: ”svårtolkat” – hoppas över." : $"Stycke {i} om färjetrafiken till Visby.").ToList());
        var partial = new FixedCoder("llm", "m@p1", "T6") { LeaveOut = "svårtolkat" };

        var coded = new PassageClassifier(batchSize: 2).ClassifyPending(temp.Store, partial);

        Assert.That(coded, Is.EqualTo(4));
        Assert.That(partial.Calls, Is.EqualTo(4), "seven passages in batches of two, each fetched once");
        var left = temp.Store.GetPassagesToCode("llm", "m@p1");
        Assert.That(left, Has.Count.EqualTo(3));
        Assert.That(left.Select(p => p.Text), Has.All.Contains("svårtolkat"));
    }

    [Test]
    public void ComparingTwoCodersFlagsTheCodesTheyDisagreeOn()
    {
        using var temp = new TempStore();
        var ids = temp.AddDocument("skane.pdf", Texts.Take(3).ToList());
        var local = new FixedCoder("local", "L1", "T1", "EKO");
        var llm = new FixedCoder("llm", "gpt@p1", "T1", "T3");
        var classifier = new PassageClassifier();
        classifier.ClassifyPending(temp.Store, local);
        classifier.ClassifyPending(temp.Store, llm);

        var agreement = PassageClassifier.CompareCoders(temp.Store, local, llm);

        Assert.That(agreement.Passages, Is.EqualTo(3));
        Assert.That(agreement.FullyAgreed, Is.Zero);
        Assert.That(agreement.PerCode.Single(c => c.Code == "T1").Kappa, Is.EqualTo(1));
        Assert.That(agreement.PerCode.Single(c => c.Code == "T3").Disputed, Is.EqualTo(3));
        Assert.That(temp.Store.FindPassage(ids[0])!.Disputed, Is.EqualTo(new[] { "T3", "EKO" }));

        var agreeing = new FixedCoder("llm", "gpt@p2", "T1", "EKO");
        classifier.ClassifyPending(temp.Store, agreeing);
        PassageClassifier.CompareCoders(temp.Store, local, agreeing);
        Assert.That(temp.Store.FindPassage(ids[0])!.Disputed, Is.Empty, "the flag is cleared once they agree");
    }

    [Test]
    public void LoadOrTrainDefaultTrainsOnceAndThenLoadsFromTheStore()
    {
        using var temp = new TempStore();
        var first = LocalCoder.LoadOrTrainDefault(temp.Store, cache: new ModelCache(null));
        Assert.That(temp.Store.LoadLatestModel("local")!.Value.Version, Is.EqualTo(first.ModelVersion));
        Assert.That(first.ModelVersion, Is.EqualTo(SharedModel.Trained.Version), "no reviews yet: the bundled training set alone");

        temp.Reopen();
        var second = LocalCoder.LoadOrTrainDefault(temp.Store, cache: new ModelCache(null));
        Assert.That(second.ModelVersion, Is.EqualTo(first.ModelVersion));
        var text = new[] { Texts[0] };
        Assert.That(second.Model.Predict(text), Is.EqualTo(first.Model.Predict(text)));
    }

    [Test]
    public void ANewStoreTakesTheTrainedModelFromTheCacheInsteadOfTrainingAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sm-model-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            var cache = new ModelCache(folder);
            var lines = new List<string>();
            using (var first = new TempStore())
                LocalCoder.LoadOrTrainDefault(first.Store, new SyncLog(lines), cache);
            Assert.That(lines, Has.Some.StartsWith("trained "), "an empty cache means training");
            var file = Path.Combine(folder, SharedModel.Trained.Version + ".zip");
            Assert.That(File.Exists(file), Is.True);

            lines.Clear();
            using var second = new TempStore();
            var coder = LocalCoder.LoadOrTrainDefault(second.Store, new SyncLog(lines), cache);
            Assert.That(lines, Has.None.StartsWith("trained "));
            Assert.That(lines, Has.Some.StartsWith($"model {SharedModel.Trained.Version} taken from the cache"));
            Assert.That(second.Store.LoadLatestModel("local")!.Value.Version, Is.EqualTo(SharedModel.Trained.Version), "the store still records the model it coded with");
            Assert.That(coder.Model.Predict([Texts[0]]), Is.EqualTo(SharedModel.Trained.Predict([Texts[0]])));

            File.WriteAllText(file, "not a zip – trasig cache");
            lines.Clear();
            using var third = new TempStore();
            LocalCoder.LoadOrTrainDefault(third.Store, new SyncLog(lines), cache);
            Assert.That(lines, Has.Some.StartsWith("trained "), "a damaged cache entry is retrained");
            Assert.That(LocalCoderModel.Load(file).Version, Is.EqualTo(SharedModel.Trained.Version), "and overwritten with a good one");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    // Progress<T> posts to the thread pool; the assertions need the lines when the call returns.
    private sealed class SyncLog(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }

    [Test]
    public void ReviewedPassagesBecomeTrainingDataForTheNextModel()
    {
        using var temp = new TempStore();
        var ids = temp.AddDocument("orebro.pdf", [
            "Regionens lokala servicepunkter i Ljusnarsberg och Hällefors erbjuder paketutlämning och hjälp med e-tjänster.",
            "Vi tackar alla som deltagit i arbetet med strategin.",
        ]);
        new PassageClassifier().ClassifyPending(temp.Store, SharedModel.Coder);
        Assert.That(temp.Store.Decide(ids[0], ReviewAction.Recode, ["T7", "T5", "SOC"], "Karin", null, 0).Applied);
        Assert.That(temp.Store.Decide(ids[1], ReviewAction.Reject, null, "Karin", "inte evidens", 0).Applied);

        var data = TrainingSet.Combine(BundledTrainingSet.Train, temp.Store.GetReviewedPassages());

        Assert.That(data, Has.Count.EqualTo(BundledTrainingSet.Train.Count + 2));
        var recoded = data.Single(p => p.Id == "review:" + ids[0]);
        Assert.That(recoded.Themes, Is.EquivalentTo(new[] { "T5", "T7" }));
        Assert.That(recoded.Dims, Is.EqualTo(new[] { "SOC" }));
        Assert.That(data.Single(p => p.Id == "review:" + ids[1]).Codes, Is.Empty, "rejected = no codes");
        Assert.That(new LocalCoderTrainer().VersionFor(data), Is.Not.EqualTo(SharedModel.Trained.Version));
    }

    [Test]
    public void AReviewedPassageReplacesABundledPassageWithTheSameText()
    {
        var bundled = BundledTrainingSet.Train[0];
        var review = new ReviewedPassage("p1", "  " + bundled.Text.ToUpperInvariant() + " ", "approved", ["T9"], []);
        var data = TrainingSet.Combine(BundledTrainingSet.Train, [review]);
        Assert.That(data, Has.Count.EqualTo(BundledTrainingSet.Train.Count));
        Assert.That(data[0].Themes, Is.EqualTo(new[] { "T9" }));
    }
}
