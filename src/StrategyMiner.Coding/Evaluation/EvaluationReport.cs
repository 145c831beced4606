using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StrategyMiner.Coding;

/// <summary>How well a coder's codes match gold labels, for themes and dimensions separately.</summary>
public sealed record EvaluationReport(GroupMetrics Themes, GroupMetrics Dims)
{
    /// <summary>
    /// The report as one JSON object:
    /// <c>{"themes": {"micro_f1", "macro_f1", "per_code": {"T1": {"precision", "recall", "f1", "support"}, …}}, "dims": {…}}</c>.
    /// </summary>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            WriteGroup(writer, "themes", Themes);
            WriteGroup(writer, "dims", Dims);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteGroup(Utf8JsonWriter writer, string name, GroupMetrics group)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("micro_f1", Round(group.MicroF1));
        writer.WriteNumber("macro_f1", Round(group.MacroF1));
        writer.WriteStartObject("per_code");
        foreach (var (code, m) in group.PerCode)
        {
            writer.WriteStartObject(code);
            writer.WriteNumber("precision", Round(m.Precision));
            writer.WriteNumber("recall", Round(m.Recall));
            writer.WriteNumber("f1", Round(m.F1));
            writer.WriteNumber("support", m.Support);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>One line per group: micro and macro F1.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"themes micro-F1 {Themes.MicroF1:0.000} macro-F1 {Themes.MacroF1:0.000}; dims micro-F1 {Dims.MicroF1:0.000} macro-F1 {Dims.MacroF1:0.000}");
}
