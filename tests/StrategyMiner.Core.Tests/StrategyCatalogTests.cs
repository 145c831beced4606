using StrategyMiner.Corpus;

namespace StrategyMiner.Core.Tests;

public class StrategyCatalogTests
{
    [Test]
    public void The_catalog_lists_the_21_strategies_of_the_national_compilation()
    {
        var catalog = StrategyCatalog.Default;
        Assert.That(catalog.Entries, Has.Count.EqualTo(21));
        Assert.That(catalog.Entries.Select(e => e.Region), Is.Unique);
        Assert.That(catalog.ForRegion("Region Dalarna")!.Title, Is.EqualTo("Dalastrategin 2030-Tillsammans för ett hållbart Dalarna"));
        Assert.That(catalog.ForRegion("jämtland härjedalen")!.Year, Is.EqualTo(2021));
    }

    private static readonly object[] FileNames =
    [
        new object[] { "region-dalarna-rus-2030.pdf", "Dalarna" },
        new object[] { "Vastra_Gotaland_RUS.pdf", "Västra Götaland" },
        new object[] { "västra götaland.pdf", "Västra Götaland" },
        new object[] { "orebro-lans-strategi.pdf", "Örebro" },
        new object[] { "Östergötland.pdf", "Östergötland" },
        new object[] { "jamtland-harjedalen-2050.pdf", "Jämtland Härjedalen" },
        new object[] { "Vasterbotten.pdf", "Västerbotten" },
        new object[] { "Västernorrland_2030.pdf", "Västernorrland" },
        new object[] { "SKANE.PDF", "Skåne" },
    ];

    [TestCaseSource(nameof(FileNames))]
    public void A_file_is_matched_to_its_region_by_name_whatever_its_diacritics_and_separators(string fileName, string region) =>
        Assert.That(StrategyCatalog.Default.Match(fileName)?.Region, Is.EqualTo(region));

    [Test]
    public void A_file_without_a_region_in_its_name_falls_back_to_its_pdf_title()
    {
        Assert.That(StrategyCatalog.Default.Match("strategi.pdf", "Norrbottensstrategin 2040"), Is.Null, "a region name inside a longer word is not a match");
        Assert.That(StrategyCatalog.Default.Match("strategi.pdf", "Regional utvecklingsstrategi för Region Gävleborg")?.Region, Is.EqualTo("Gävleborg"));
        Assert.That(StrategyCatalog.Default.Match("strategi.pdf", null), Is.Null);
    }

    [Test]
    public void A_catalog_with_the_wrong_header_is_refused_with_the_expected_header_named() =>
        Assert.That(() => StrategyCatalog.Read(new StringReader("län,titel\n")),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("region,title,year"));
}
