using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

public sealed class LocalCoderTests
{
    [Test]
    public void TrainedModelCodesHeldOutPassagesFarAboveChance()
    {
        var heldOut = BundledTrainingSet.HeldOut;
        var predicted = SharedModel.Coder.CodeTexts(heldOut.Select(p => p.Text).ToList());
        var report = MultiLabelEvaluator.Evaluate(heldOut, predicted.Select(s => (IReadOnlyCollection<string>)s.Select(x => x.Code).ToHashSet()).ToList());
        // Guessing each code at its base rate gives an F1 around its prevalence (0.1–0.35 here).
        Assert.That(report.Themes.MicroF1, Is.GreaterThan(0.6), report.ToString());
        Assert.That(report.Dims.MicroF1, Is.GreaterThan(0.7), report.ToString());
        Assert.That(report.Themes.PerCode.Select(c => c.Value.F1), Has.All.GreaterThan(0.3), report.ToString());
    }

    [Test]
    public void ClearPassagesGetTheirCodesAndAColophonGetsNone()
    {
        var coded = SharedModel.Coder.CodeTexts([
            "Strategin genomförs genom fyra handlingsplaner som tas fram tillsammans med kommunerna och revideras vart tredje år.",
            "Foto: Åsa Lindström. Tryck: Danagårds Grafiska, 2024. Upplaga 400 exemplar.",
        ]);
        Assert.That(coded[0].Select(s => s.Code), Does.Contain("T1"));
        Assert.That(coded[1], Is.Empty);
        Assert.That(coded[0].Select(s => s.Confidence), Has.All.InRange(0.0, 1.0));
    }

    [Test]
    public void SavedAndLoadedModelGivesIdenticalProbabilities()
    {
        var model = SharedModel.Trained;
        var texts = BundledTrainingSet.HeldOut.Take(40).Select(p => p.Text).Append("Länets ”gröna tråden” – klimat, energi och natur.").ToList();
        var before = model.Predict(texts);
        var path = Path.Combine(Path.GetTempPath(), $"model-{Guid.NewGuid():N}.zip");
        try
        {
            model.Save(path);
            var loaded = LocalCoderModel.Load(path);
            Assert.That(loaded.Version, Is.EqualTo(model.Version));
            Assert.That(loaded.Thresholds, Is.EqualTo(model.Thresholds));
            Assert.That(loaded.Report.CrossValidation.Themes.MacroF1, Is.EqualTo(model.Report.CrossValidation.Themes.MacroF1));
            var after = loaded.Predict(texts);
            for (var i = 0; i < texts.Count; i++) Assert.That(after[i], Is.EqualTo(before[i]), $"text {i}");
            Assert.That(LocalCoderModel.FromBytes(model.ToBytes()).Predict(texts)[0], Is.EqualTo(before[0]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void VersionIsStableForTheSameDataAndChangesWithTheData()
    {
        var trainer = new LocalCoderTrainer();
        var data = BundledTrainingSet.Train;
        Assert.That(trainer.VersionFor(data), Is.EqualTo(SharedModel.Trained.Version));
        Assert.That(trainer.VersionFor(data.Reverse().ToList()), Is.EqualTo(SharedModel.Trained.Version), "order of passages does not matter");

        var relabelled = data.Select((p, i) => i == 0 ? p with { Themes = p.Themes.Contains("T9") ? [] : ["T9"] } : p).ToList();
        Assert.That(trainer.VersionFor(relabelled), Is.Not.EqualTo(SharedModel.Trained.Version), "a changed label");
        var extra = data.Append(new LabeledPassage("extra", "Ett nytt stycke om kollektivtrafik i länet.", [], ["MIL"])).ToList();
        Assert.That(trainer.VersionFor(extra), Is.Not.EqualTo(SharedModel.Trained.Version), "an added passage");
        Assert.That(new LocalCoderTrainer(new LocalCoderOptions { L2Regularization = 5 }).VersionFor(data), Is.Not.EqualTo(SharedModel.Trained.Version), "other options");
        Assert.That(SharedModel.Trained.Version, Does.Match("^local-[0-9a-f]{12}$"));
    }

    [Test]
    public void TrainingSameDataTwiceGivesTheSameModel()
    {
        var small = BundledTrainingSet.Train.Take(160).ToList();
        var options = new LocalCoderOptions { Folds = 3 };
        var a = new LocalCoderTrainer(options).Train(small);
        var b = new LocalCoderTrainer(options).Train(small);
        Assert.That(b.Version, Is.EqualTo(a.Version));
        Assert.That(b.Thresholds, Is.EqualTo(a.Thresholds));
        var texts = BundledTrainingSet.HeldOut.Take(10).Select(p => p.Text).ToList();
        Assert.That(b.Predict(texts), Is.EqualTo(a.Predict(texts)));
    }

    [Test]
    public void TrainingWithTooFewExamplesOfACodeSaysWhich()
    {
        var data = BundledTrainingSet.Train.Where(p => !p.Has("T7")).ToList();
        var ex = Assert.Throws<ArgumentException>(() => new LocalCoderTrainer().Train(data));
        Assert.That(ex!.Message, Does.StartWith("too few training passages for T7 (0 of "));
    }

    [Test]
    public void ReadingSomethingThatIsNotAModelFailsClearly()
    {
        var ex = Assert.Throws<InvalidDataException>(() => LocalCoderModel.FromBytes("inte en modell"u8.ToArray()));
        Assert.That(ex!.Message, Does.StartWith("not a readable StrategyMiner model"));
    }

    [Test]
    public void FastScoringMatchesTheMlNetChain()
    {
        var texts = BundledTrainingSet.HeldOut.Take(60).Select(p => p.Text).Append("").Append("Å Ä Ö – ”citat”").ToList();
        var fast = SharedModel.Trained.Predict(texts);
        var chain = SharedModel.Trained.PredictWithChain(texts);
        for (var i = 0; i < texts.Count; i++)
            Assert.That(fast[i], Is.EqualTo(chain[i]).Within(1e-5), $"text {i}");
    }

    [Test]
    public void CodesAllTextsInOrderAcrossThreads()
    {
        var texts = Enumerable.Range(0, 1000).Select(i => BundledTrainingSet.HeldOut[i % 50].Text).ToList();
        var many = SharedModel.Trained.Predict(texts);
        var single = SharedModel.Trained.Predict(texts.Take(50).ToList());
        for (var i = 0; i < texts.Count; i++) Assert.That(many[i], Is.EqualTo(single[i % 50]), $"text {i}");
    }
}
