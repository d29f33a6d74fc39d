using InspectionMiner.Facts;

namespace InspectionMiner.Tests.Facts;

/// <summary>The embedded table of English local authorities and the lookup of printed names.</summary>
public class LocalAuthoritiesTests
{
    [Theory]
    [InlineData("Kingston Upon Hull City Council", 80477)]
    [InlineData("Hull City Council", 80477)]
    [InlineData("Hull", 80477)]
    [InlineData("Kingston upon Hull, City of", 80477)]
    [InlineData("BCP Council", 2532287)]
    [InlineData("Bournemouth, Christchurch & Poole", 2532287)]
    [InlineData("Bournemouth, Christchurch and Poole Council", 2532287)]
    [InlineData("Bristol City of", 80441)]
    [InlineData("Bristol City Council", 80441)]
    [InlineData("City of York Council", 80453)]
    [InlineData("City of London", 80450)]
    [InlineData("City of London Corporation", 80450)]
    [InlineData("St. Helens Metropolitan Borough Council", 80560)]
    [InlineData("St Helens", 80560)]
    [InlineData("Newcastle Upon Tyne", 80525)]
    [InlineData("Newcastle-upon-Tyne City Council", 80525)]
    [InlineData("Newcastle", 80525)]
    [InlineData("Southend-On-Sea Borough Council", 80559)]
    [InlineData("Stockton-on-Tees", 80563)]
    [InlineData("Royal Borough of Kingston-upon-Thames", 80545)]
    [InlineData("Royal Borough of Kingston upon Thames Council", 80545)]
    [InlineData("London Borough of Hammersmith & Fulham", 80497)]
    [InlineData("Telford & Wrekin Council", 80570)]
    [InlineData("Metropolitan Borough of Solihull", 80554)]
    [InlineData("Solihull MBC", 80554)]
    [InlineData("City of Bradford Metropolitan District Council", 80449)]
    [InlineData("Bradford District", 80449)]
    [InlineData("Durham County Council", 80465)]
    [InlineData("County Durham", 80465)]
    [InlineData("Herefordshire County Council", 80474)]
    [InlineData("East Riding of Yorkshire Council", 80466)]
    [InlineData("East Riding", 80466)]
    [InlineData("Bedford Borough Council", 80428)]
    [InlineData("Council of the Isles of Scilly", 80455)]
    [InlineData("North Yorkshire County Council", 80530)]
    [InlineData("Cumberland Council", 2733690)]
    [InlineData("Westmorland and Furness Council", 2733698)]
    [InlineData("Cumbria County Council", 135513)]
    [InlineData("North Northamptonshire Council", 2637539)]
    [InlineData("West Northamptonshire County Council", 2637548)]
    [InlineData("Northamptonshire", 121939)]
    [InlineData("Leeds Children's Services", 80481)]
    [InlineData("Birmingham Children's Trust", 80429)]
    [InlineData("Windsor & Maidenhead", 80546)]
    public void A_printed_name_resolves_to_its_one_authority(string printed, int urn)
    {
        Assert.Equal(urn, LocalAuthorities.Resolve(printed)?.Urn);
    }

    [Theory]
    [InlineData("Westmarch")]
    [InlineData("Yorkshire")]
    [InlineData("London")]
    [InlineData("Kingston")]
    [InlineData("Best Council Plan")]
    [InlineData("")]
    public void A_name_that_is_no_english_authority_resolves_to_none(string printed)
    {
        Assert.Null(LocalAuthorities.Resolve(printed));
    }

    [Fact]
    public void The_table_has_every_authority_once_with_codes_region_and_neighbours()
    {
        var all = LocalAuthorities.All;
        Assert.Equal(156, all.Count);
        Assert.Equal(all.Count, all.Select(a => a.Urn).Distinct().Count());
        Assert.Equal(all.Count, all.Select(a => a.LaCode).Distinct().Count());
        Assert.Equal(all.Count, all.Select(a => a.OnsCode).Distinct().Count());
        Assert.All(all, a =>
        {
            Assert.Matches("^E(06|07|08|09|10)[0-9]{6}$", a.OnsCode);
            Assert.Matches("^E12[0-9]{6}$", a.RegionCode);
            Assert.False(string.IsNullOrEmpty(a.Region));
            Assert.Same(a, LocalAuthorities.Resolve(a.Name));
            Assert.All(a.Aliases, alias => Assert.Same(a, LocalAuthorities.Resolve(alias)));
        });

        // Every current authority has ten statistical neighbours, all of them in the table.
        var current = all.Where(a => a.ExistedUntil is null).ToList();
        Assert.All(current, a =>
        {
            Assert.Equal(10, a.StatisticalNeighbours.Count);
            Assert.All(a.StatisticalNeighbours, code => Assert.NotNull(LocalAuthorities.ByLaCode(code)));
        });
        Assert.Equal("London", LocalAuthorities.ByUrn(80486)?.Region);
    }

    [Fact]
    public void Replaced_authorities_name_their_successors_and_the_day_they_took_over()
    {
        var cumbria = LocalAuthorities.Resolve("Cumbria")!;
        Assert.Equal(new DateOnly(2023, 3, 31), cumbria.ExistedUntil);
        Assert.Equal(["Cumberland", "Westmorland and Furness"], cumbria.Successors.Select(c => LocalAuthorities.ByLaCode(c)!.Name));
        Assert.Equal(new DateOnly(2023, 4, 1), LocalAuthorities.Resolve("Cumberland")!.ExistedFrom);
        Assert.Equal(["North Northamptonshire", "West Northamptonshire"], LocalAuthorities.Resolve("Northamptonshire")!.Successors.Select(c => LocalAuthorities.ByLaCode(c)!.Name));
        Assert.Equal(["Bournemouth, Christchurch and Poole"], LocalAuthorities.Resolve("Poole")!.Successors.Select(c => LocalAuthorities.ByLaCode(c)!.Name));
    }

    [Fact]
    public void The_table_shipped_says_where_it_comes_from_and_the_notice_gives_its_licence()
    {
        var table = File.ReadAllLines(Path.Combine(TestCorpus.RepoRoot, "src", "InspectionMiner", "Facts", "local-authorities.csv"));
        Assert.Contains("data-to-insight/ofsted-focused-visit-scrape-tool", table[0]);
        Assert.Contains("MIT", table[1]);
        var notice = File.ReadAllText(Path.Combine(TestCorpus.RepoRoot, "docs", "THIRD-PARTY-NOTICES.md"));
        Assert.Contains("Copyright (c) data-to-insight", notice);
    }
}
