using QuoteExtraction.Attribution;
using QuoteExtraction.Attribution.Sieves;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>The grammar the sieves share to tell a speech verb's subject from the other nouns of its sentence.</summary>
public class CueGrammarTests
{
    /// <summary>A verb after the noun of a speech verb's adjunct (<c>in a note published Monday</c>) modifies that noun: the noun says nothing.</summary>
    [Theory]
    [InlineData("“We expect growth,” the bank said in a note published Monday. “The shift could help.”", "The shift", "the bank")]
    [InlineData("“We expect growth,” the council said in a statement issued late on Friday. “Taxes will fall.”", "Taxes will", "the council")]
    public void A_verb_that_modifies_an_adjuncts_noun_gives_that_noun_no_words(string article, string quoteStart, string mention)
    {
        using var scene = new AttributionScene(article);
        int quote = scene.QuoteStarting(quoteStart);

        new PreviousSentenceCueSieve().Attribute(scene.Context, quote).Should().BeNull();
        var kept = Attributor.Attribute(scene.Context, scene.Resolver, quote);

        kept.Should().NotBeNull();
        scene.MentionText(kept!.Value.Mention).Should().Be(mention);
    }
}
