using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

public sealed class LlmSettingsTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sm-llm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Test]
    public void ReadsTheConfigFileAndTheEnvironmentWins()
    {
        var config = Path.Combine(_folder, "llm.json");
        File.WriteAllText(config, """{"endpoint": "http://localhost:11434/v1", "model": "llama3.1:8b", "apiKey": "från-fil", "maxParallelRequests": 2}""");

        var fromFile = LlmSettings.Load(config, Env());
        Assert.That(fromFile.Endpoint, Is.EqualTo(new Uri("http://localhost:11434/v1")));
        Assert.That(fromFile.Model, Is.EqualTo("llama3.1:8b"));
        Assert.That(fromFile.ApiKey, Is.EqualTo("från-fil"));
        Assert.That(fromFile.MaxParallelRequests, Is.EqualTo(2));

        var overridden = LlmSettings.Load(config, Env((LlmSettings.ModelVariable, "gpt-4o-mini"), (LlmSettings.ApiKeyVariable, "sk-env")));
        Assert.That(overridden.Model, Is.EqualTo("gpt-4o-mini"));
        Assert.That(overridden.ApiKey, Is.EqualTo("sk-env"));
        Assert.That(overridden.Endpoint, Is.EqualTo(new Uri("http://localhost:11434/v1")));
    }

    [Test]
    public void TheKeyIsNeverInTheTextForm()
    {
        var settings = LlmSettings.Load(Path.Combine(_folder, "none.json"),
            Env((LlmSettings.EndpointVariable, "https://api.openai.com/v1"), (LlmSettings.ModelVariable, "gpt-4o-mini"), (LlmSettings.ApiKeyVariable, "sk-hemlig-nyckel")));
        Assert.That(settings.ToString(), Is.EqualTo("gpt-4o-mini at https://api.openai.com/v1 (with API key)"));
        Assert.That($"{settings}", Does.Not.Contain("sk-hemlig"));
    }

    [Test]
    public void MissingConfigurationSaysWhatToSet()
    {
        var config = Path.Combine(_folder, "llm.json");
        var ex = Assert.Throws<LlmConfigurationException>(() => LlmSettings.Load(config, Env((LlmSettings.ModelVariable, "m"))));
        Assert.That(ex!.Message, Does.StartWith("the LLM coder is not configured: set STRATEGYMINER_LLM_ENDPOINT and STRATEGYMINER_LLM_MODEL").And.Contain(config));
    }

    [Test]
    public void BadEndpointAndBrokenConfigFileAreNamed()
    {
        var ex = Assert.Throws<LlmConfigurationException>(() => LlmSettings.Load(Path.Combine(_folder, "x.json"),
            Env((LlmSettings.EndpointVariable, "localhost:11434"), (LlmSettings.ModelVariable, "m"))));
        Assert.That(ex!.Message, Is.EqualTo("LLM endpoint \"localhost:11434\" is not an http(s) URL (expected e.g. http://localhost:11434/v1)"));

        var config = Path.Combine(_folder, "llm.json");
        File.WriteAllText(config, "{\"endpoint\": ");
        var broken = Assert.Throws<LlmConfigurationException>(() => LlmSettings.Load(config, Env()));
        Assert.That(broken!.Message, Does.StartWith($"cannot read LLM config {config}:"));
    }
}
