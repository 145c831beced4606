using System.Security.Cryptography;
using System.Text;
using StrategyMiner.Codebook;

namespace StrategyMiner.Coding;

/// <summary>
/// The LLM prompts: prompts/llm-system.md with the codebook rendered into it, and
/// prompts/llm-user.md around each passage. The version is a hash of both and the codebook,
/// so editing a prompt or a code definition makes every passage due for recoding.
/// </summary>
public sealed class LlmPrompts
{
    private readonly string _userTemplate;

    /// <summary>Prompts built from the embedded templates and the given (or default) codebook.</summary>
    public LlmPrompts(CodebookDefinition? codebook = null)
        : this(ReadResource("prompts.llm-system.md"), ReadResource("prompts.llm-user.md"), codebook ?? CodebookDefinition.Default)
    {
    }

    internal LlmPrompts(string systemTemplate, string userTemplate, CodebookDefinition codebook)
    {
        Codebook = codebook;
        System = systemTemplate.Replace("{{codebook}}", RenderCodebook(codebook), StringComparison.Ordinal);
        _userTemplate = userTemplate;
        Version = "p" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(System + "\u0000" + userTemplate)))[..10];
    }

    /// <summary>The codebook the prompts describe.</summary>
    public CodebookDefinition Codebook { get; }

    /// <summary>The system prompt.</summary>
    public string System { get; }

    /// <summary>Short hash identifying these prompts.</summary>
    public string Version { get; }

    /// <summary>The user message for one passage.</summary>
    public string User(string heading, string text) => _userTemplate
        .Replace("{{heading}}", string.IsNullOrWhiteSpace(heading) ? "(ingen)" : heading, StringComparison.Ordinal)
        .Replace("{{text}}", text, StringComparison.Ordinal);

    private static string RenderCodebook(CodebookDefinition codebook)
    {
        var sb = new StringBuilder();
        foreach (var code in codebook.Codes)
        {
            sb.Append("### ").Append(code.Id).Append(" – ").Append(code.Name)
              .Append(code.Kind == CodeKind.Theme ? " (tema)" : " (dimension)").Append('\n');
            sb.Append("Fråga: ").Append(code.Question).Append('\n');
            sb.Append("Definition: ").Append(code.Definition).Append('\n');
            if (code.Include.Count > 0) sb.Append("Ta med: ").Append(string.Join("; ", code.Include)).Append('\n');
            if (code.Exclude.Count > 0) sb.Append("Ta inte med: ").Append(string.Join("; ", code.Exclude)).Append('\n');
            foreach (var example in code.Examples) sb.Append("Exempel: ").Append(example).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(LlmPrompts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in StrategyMiner.Coding.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
