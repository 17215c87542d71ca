using System.Reflection;
using QuoteExtraction.Attribution;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>The rule table: complete, and every rule's example attributed by that rule.</summary>
public class AttributionRuleTests
{
    private static readonly QuoteExtractor s_extractor = new();

    public static TheoryData<string> RuleNames() => new(Fields().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_rule_attributes_its_own_example(string field)
    {
        var rule = Rule(field);
        var quotes = s_extractor.ExtractQuotes(rule.Example);

        quotes.Should().Contain(q => q.Rule == rule.Name, $"the example of {field} is attributed by it: «{rule.Example}»");
        if (rule != AttributionRules.SplitQuote && rule != AttributionRules.FloatingQuote)
        {
            // Rules that pass on another quote's attribution derive their confidence from it.
            quotes.Should().Contain(q => q.Rule == rule.Name && q.Confidence == rule.Confidence, $"{field} gives its own confidence");
        }
    }

    [Fact]
    public void The_table_lists_every_rule_once()
    {
        AttributionRules.All.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Fields().Select(f => f.GetValue(null)));
        AttributionRules.All.Should().OnlyContain(r => r.Confidence > 0 && r.Confidence <= 1 && r.Example.Length > 0 && r.Name.Length > 0);
    }

    private static IEnumerable<FieldInfo> Fields() =>
        typeof(AttributionRules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(AttributionRule));

    private static AttributionRule Rule(string field) => (AttributionRule)typeof(AttributionRules).GetField(field)!.GetValue(null)!;
}
