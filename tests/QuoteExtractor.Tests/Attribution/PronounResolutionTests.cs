namespace QuoteExtraction.Tests.Attribution;

/// <summary>Which person of the sentences before a quote its speaker's pronoun stands for.</summary>
public class PronounResolutionTests
{
    private static readonly QuoteExtractor s_english = new(new QuoteExtractorOptions { Language = Language.English });
    private static readonly QuoteExtractor s_french = new(new QuoteExtractorOptions { Language = Language.French });

    [Theory]
    [InlineData(Language.English, "Mark Smith, for example, said he hoped the vote would end with Paul Roe claiming the seat.\n\n“We will win the vote,” he said.\n", "Mark Smith")]
    [InlineData(Language.French, "Jeanne Roux a expliqué qu'elle espérait voir Marie Dupont annoncer sa candidature.\n\n« Nous allons gagner ce vote », a-t-elle dit.\n", "Jeanne Roux")]
    [InlineData(Language.French, "Jeanne Roux, par exemple, a dit qu'elle espérait que le vote finirait avec Marie Dupont déclarant sa victoire.\n\n« Nous allons gagner ce vote », a-t-elle dit.\n", "Jeanne Roux")]
    public void A_pronoun_stands_for_the_subject_of_the_sentence_before_rather_than_a_person_in_the_clause_it_reports(Language language, string article, string speaker)
    {
        var quote = Extractor(language).ExtractQuotes(article).Single(q => q.Kind != QuoteKind.Indirect);

        quote.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_pronoun_stands_for_the_speaker_of_the_sentence_before_rather_than_the_subject_of_the_words_reported()
    {
        var quote = s_english.ExtractQuotes("Mark Smith won the crowd over, Paul Roe said.\n\n“We will win the vote,” he said.\n")
            .Single(q => q.Kind != QuoteKind.Indirect);

        quote.Speaker!.Name.Should().Be("Paul Roe");
    }

    /// <summary>The speaker after an inverted verb and a phrase of time (<c>a affirmé mardi le ministre X</c>) is the one a pronoun after takes up.</summary>
    [Fact]
    public void A_pronoun_stands_for_the_speaker_after_an_inverted_verb_and_a_phrase_of_time()
    {
        var reported = s_french.ExtractQuotes("Le maire Paul Roux a parlé. Le pont rouvrira en mai, a affirmé mardi l'ingénieur Jean Dupont.\n\nPour lui, les câbles sont sûrs.\n")
            .Last(q => q.Kind == QuoteKind.Indirect);

        reported.Text.Should().Be("les câbles sont sûrs");
        reported.Speaker!.Name.Should().Be("Jean Dupont");
    }

    /// <summary>A paragraph that brings in an unnamed speaker turns to them: its pronoun is theirs, not the named person's of the paragraph before.</summary>
    [Theory]
    [InlineData(Language.English, "Mark Smith rejected the plan. “It will fail,” he said.\n\nAccording to a European diplomat, the talks nearly collapsed. “Everyone had packed,” he said.\n", "a European diplomat")]
    [InlineData(Language.English, "Mark Smith rejected the plan. “It will fail,” he said.\n\nA European diplomat said the talks nearly collapsed. “Everyone had packed,” he said.\n", "a European diplomat")]
    [InlineData(Language.French, "Paul Roux a rejeté le plan. « Il échouera », a-t-il dit.\n\nSelon un diplomate européen, les discussions ont failli échouer. « Tout le monde avait fait sa valise », raconte-t-il.\n", "un diplomate européen")]
    [InlineData(Language.French, "Paul Roux a rejeté le plan. « Il échouera », a-t-il dit.\n\nUn diplomate européen a indiqué que les discussions ont failli échouer. « Tout le monde avait fait sa valise », raconte-t-il.\n", "un diplomate européen")]
    public void A_pronoun_stands_for_the_unnamed_speaker_its_paragraph_brings_in(Language language, string article, string speaker)
    {
        var quote = Extractor(language).ExtractQuotes(article).Where(q => q.Kind != QuoteKind.Indirect).Last();

        quote.Speaker!.Name.Should().Be(speaker);
    }

    /// <summary>An unnamed person in a clause the pronoun's subject reports (<c>agreed that a president should …</c>) is no speaker the pronoun takes up.</summary>
    [Fact]
    public void A_pronoun_keeps_the_named_speaker_over_a_person_named_by_no_speech_verb()
    {
        var quote = s_english.ExtractQuotes("Mark Smith spoke on Monday.\n\nBut he agreed that a president should make such deals rare. “Swaps are tricky,” he said.\n")
            .Single(q => q.Kind != QuoteKind.Indirect);

        quote.Speaker!.Name.Should().Be("Mark Smith");
    }

    private static QuoteExtractor Extractor(Language language) => language == Language.French ? s_french : s_english;
}
