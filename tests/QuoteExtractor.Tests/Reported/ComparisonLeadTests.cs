namespace QuoteExtraction.Tests.Reported;

/// <summary>Reported speech after a comparison with a source (<c>As the Daily Courier reported, …</c>), and its look-alikes.</summary>
public class ComparisonLeadTests
{
    [Theory]
    [InlineData("en", "As Mayor Jane Doe noted, the bridge will reopen in May.", "the bridge will reopen in May", "noted", "Jane Doe")]
    [InlineData("en", "But as Mayor Jane Doe said in her column on Monday, the bridge will reopen in May.", "the bridge will reopen in May", "said", "Jane Doe")]
    [InlineData("en", "As reported by Mayor Jane Doe, the bridge will reopen in May.", "the bridge will reopen in May", "reported", "Jane Doe")]
    [InlineData("en", "As Mayor Jane Doe told reporters, the bridge will reopen in May.", "the bridge will reopen in May", "told", "Jane Doe")]
    [InlineData("fr", "Comme l'a rappelé la maire Jeanne Dupont, le pont rouvrira en mai.", "le pont rouvrira en mai", "rappelé", "Jeanne Dupont")]
    [InlineData("en", "The bridge will reopen in May, as the Daily Courier reported.", "The bridge will reopen in May", "reported", "Daily Courier")]
    [InlineData("en", "The bridge will reopen in May, as Mayor Jane Doe said on Monday.", "The bridge will reopen in May", "said", "Jane Doe")]
    [InlineData("en", "The bridge, as Mayor Jane Doe noted, will reopen in May.", "The bridge, as Mayor Jane Doe noted, will reopen in May", "noted", "Jane Doe")]
    [InlineData("fr", "Le pont rouvrira en mai, comme l'a indiqué la maire Jeanne Dupont.", "Le pont rouvrira en mai", "indiqué", "Jeanne Dupont")]
    [InlineData("fr", "Le pont rouvrira en mai, comme le rapporte le ministre Jean Roux.", "Le pont rouvrira en mai", "rapporte", "Jean Roux")]
    [InlineData("fr", "Le pont, comme l'a indiqué la maire Jeanne Dupont, rouvrira en mai.", "Le pont, comme l'a indiqué la maire Jeanne Dupont, rouvrira en mai", "indiqué", "Jeanne Dupont")]
    [InlineData("fr", "Le pont rouvrira en mai, comme l'a indiqué la maire Jeanne Dupont qui a visité le chantier.", "Le pont rouvrira en mai", "indiqué", "Jeanne Dupont")]
    public void The_words_a_comparison_with_a_source_opens_closes_or_interrupts_are_that_source_s(string language, string text, string content, string cue, string speaker)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle().Subject;
        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Text.Should().Be(content);
        reported.Speaker!.Name.Should().Be(speaker);
        (reported.Cue?.Text).Should().Be(cue);
        reported.Rule.Should().Be("reported-as");
    }

    [Theory]
    [InlineData("en", "As Mayor Jane Doe said this, the council walked out of the room.")]
    [InlineData("en", "As Mayor Jane Doe spoke, the council walked out of the room.")]
    [InlineData("en", "As the day went on, the council walked out of the room.")]
    [InlineData("en", "As reported earlier, the council walked out of the room.")]
    [InlineData("en", "The crowd cheered loudly, as Mayor Jane Doe said goodbye.")]
    [InlineData("en", "The bridge will reopen in May, as Mayor Jane Doe said it would.")]
    [InlineData("en", "The council walked out of the room, as reported earlier.")]
    [InlineData("fr", "Le pont rouvrira en mai, comme l'a fait la maire Jeanne Dupont.")]
    [InlineData("fr", "Le pont rouvrira en mai, comme le prévoit la loi.")]
    public void A_comparison_that_names_no_source_of_the_words_gives_none(string language, string text) =>
        TestHelpers.For(language).ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);
}
