using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace StrategyMiner.Coding;

/// <summary>
/// Swedish text to a sparse feature vector: lower-cased text with diacritics kept (å ä ö carry
/// meaning), word 1–2-grams without Swedish stop words, and character 3–5-grams, which catch the
/// inflections and compounds of Swedish ("handlingsplanerna", "klimatanpassningsåtgärder")
/// that word n-grams miss. Each block is L2-normalised so neither dominates by length.
/// </summary>
internal static class TextFeaturizer
{
    public const string FeaturesColumn = "Features";

    public static IEstimator<ITransformer> Build(MLContext ml, LocalCoderOptions options)
    {
        var weighting = options.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        IEstimator<ITransformer> pipeline = ml.Transforms.Text.NormalizeText("NormText", nameof(PassageRow.Text),
                TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: true, keepPunctuations: false, keepNumbers: true)
            .Append(ml.Transforms.Text.TokenizeIntoWords("Words", "NormText"))
            .Append(ml.Transforms.Text.RemoveDefaultStopWords("ContentWords", "Words", StopWordsRemovingEstimator.Language.Swedish))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "ContentWords"))
            .Append(ml.Transforms.Text.ProduceNgrams("WordNgrams", "WordKeys", ngramLength: options.WordNgramLength, useAllLengths: true, weighting: weighting))
            .Append(ml.Transforms.NormalizeLpNorm("WordVector", "WordNgrams"))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", "NormText", useMarkerCharacters: true));
        var charColumns = new List<string>();
        for (var n = options.CharNgramMin; n <= options.CharNgramMax; n++)
        {
            var name = $"Char{n}Grams";
            pipeline = pipeline.Append(ml.Transforms.Text.ProduceNgrams(name, "Chars", ngramLength: n, useAllLengths: false, weighting: weighting));
            charColumns.Add(name);
        }
        return pipeline
            .Append(ml.Transforms.Concatenate("CharNgrams", [.. charColumns]))
            .Append(ml.Transforms.NormalizeLpNorm("CharVector", "CharNgrams"))
            .Append(ml.Transforms.Concatenate(FeaturesColumn, "WordVector", "CharVector"))
            .Append(ml.Transforms.DropColumns(["NormText", "Words", "ContentWords", "WordKeys", "WordNgrams", "Chars", "CharNgrams", "WordVector", "CharVector", .. charColumns]));
    }
}
