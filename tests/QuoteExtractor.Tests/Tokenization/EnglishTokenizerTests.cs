namespace QuoteExtraction.Tests.Tokenization;

public class EnglishTokenizerTests
{
    private static readonly QuoteExtractor s_en = TestHelpers.English;

    [Theory]
    [InlineData("I don't know.", new[] { "I", "don't", "know", "." })]
    [InlineData("I’m sure it’s Arafat's and the students' plan.", new[] { "I’m", "sure", "it’s", "Arafat's", "and", "the", "students'", "plan", "." })]
    [InlineData("We'll see what they've done, you'd agree.", new[] { "We'll", "see", "what", "they've", "done", ",", "you'd", "agree", "." })]
    [InlineData("Tim O’Neill plays rock ’n’ roll from the ’90s.", new[] { "Tim", "O’Neill", "plays", "rock", "’n’", "roll", "from", "the", "’90s", "." })]
    [InlineData("Give 'em a break.", new[] { "Give", "'em", "a", "break", "." })]
    public void Apostrophes_inside_words_are_not_quotation_marks(string text, string[] expected)
    {
        s_en.Words(text).Should().Equal(expected);
        s_en.Tokenize(text).Should().NotContain(t => t.Kind == TokenKind.QuoteMark);
    }

    [Fact]
    public void Contractions_expose_their_parts_without_changing_boundaries()
    {
        const string text = "They don't know Arafat's plan.";
        var dont = s_en.Single(text, "don't");
        dont.Has(TokenFlags.Contraction | TokenFlags.Negation).Should().BeTrue();
        text[dont.Stem.Start..dont.Stem.End].Should().Be("do");
        text[dont.Clitic.Start..dont.Clitic.End].Should().Be("n't");

        var possessive = s_en.Single(text, "Arafat's");
        possessive.Has(TokenFlags.Possessive).Should().BeTrue();
        text[possessive.Clitic.Start..possessive.Clitic.End].Should().Be("'s");
    }

    [Theory]
    [InlineData("Sen. N't said no.", "N't")]
    [InlineData("a lone n't here", "n't")]
    [InlineData("N'T", "N'T")]
    public void A_negation_ending_with_no_word_before_it_is_a_plain_word(string text, string word)
    {
        var token = s_en.Single(text, word);
        token.Kind.Should().Be(TokenKind.Word);
        token.Clitic.IsEmpty.Should().BeTrue();
        token.Has(TokenFlags.Contraction).Should().BeFalse();
    }

    [Theory]
    [InlineData("Mr. Ryabkov met Dr. Smith and Sen. Jones in St. Louis.", new[] { "Mr.", "Ryabkov", "met", "Dr.", "Smith", "and", "Sen.", "Jones", "in", "St.", "Louis", "." })]
    [InlineData("The U.S. and the U.K. met on Jan. 5 at 3 p.m.", new[] { "The", "U.S.", "and", "the", "U.K.", "met", "on", "Jan.", "5", "at", "3", "p.m." })]
    [InlineData("J. R. R. Tolkien wrote it.", new[] { "J.", "R.", "R.", "Tolkien", "wrote", "it", "." })]
    [InlineData("Acme Inc. and Gov. Brown", new[] { "Acme", "Inc.", "and", "Gov.", "Brown" })]
    public void Abbreviations_and_initials_keep_their_period(string text, string[] expected)
    {
        s_en.Words(text).Should().Equal(expected);
    }

    [Fact]
    public void A_period_after_an_ordinary_word_is_its_own_token()
    {
        s_en.Words("He left. She stayed.").Should().Equal("He", "left", ".", "She", "stayed", ".");
    }

    [Theory]
    [InlineData("It cost 1,000.5 dollars", "1,000.5")]
    [InlineData("In the 1990s prices rose", "1990s")]
    [InlineData("on the 15th floor", "15th")]
    [InlineData("at 10:30 today", "10:30")]
    [InlineData("call 303-832-8160 now", "303-832-8160")]
    [InlineData("on 08/16/2000 at noon", "08/16/2000")]
    [InlineData("fell to -0.8 points", "-0.8")]
    public void Numbers_are_one_token(string text, string number)
    {
        s_en.Single(text, number).Kind.Should().Be(TokenKind.Number);
    }

    [Fact]
    public void Percent_and_currency_signs_are_symbols_apart_from_their_number()
    {
        const string text = "It grew 3.5% to $20,000.";
        s_en.Words(text).Should().Equal("It", "grew", "3.5", "%", "to", "$", "20,000", ".");
        s_en.Single(text, "%").Kind.Should().Be(TokenKind.Symbol);
        s_en.Single(text, "$").Kind.Should().Be(TokenKind.Symbol);
    }

    [Theory]
    [InlineData("a 15-year term", new[] { "a", "15", "-", "year", "term" })]
    [InlineData("send an e-mail to non-members", new[] { "send", "an", "e-mail", "to", "non-members" })]
    public void English_compounds_split_at_hyphens_except_after_prefixes(string text, string[] expected)
    {
        s_en.Words(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Wait... what?! No!!", new[] { "Wait", "...", "what", "?!", "No", "!!" })]
    [InlineData("a day -- a chance", new[] { "a", "day", "--", "a", "chance" })]
    public void A_run_of_punctuation_is_one_token(string text, string[] expected)
    {
        s_en.Words(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("See http://www.example.com/a?b=1, then", "http://www.example.com/a?b=1", TokenKind.Url)]
    [InlineData("Visit www.adobe.com.", "www.adobe.com", TokenKind.Url)]
    [InlineData("Write to jane.smith@example.org.", "jane.smith@example.org", TokenKind.Email)]
    [InlineData("Join #audiobooks today", "#audiobooks", TokenKind.Hashtag)]
    [InlineData("Follow @AFP for news", "@AFP", TokenKind.Handle)]
    [InlineData("Great news 👍🏽 today", "👍🏽", TokenKind.Emoji)]
    [InlineData("family 👨‍👩‍👧 photo", "👨‍👩‍👧", TokenKind.Emoji)]
    [InlineData("so happy :-) really", ":-)", TokenKind.Emoticon)]
    [InlineData("costs €5", "€", TokenKind.Symbol)]
    public void Special_tokens_are_recognized_whole(string text, string token, TokenKind kind)
    {
        s_en.Single(text, token).Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("“It is a very likely scenario […] “If we go", "[…]")]
    [InlineData("\"one thing [...] and another\"", "[...]")]
    [InlineData("« un (...) deux »", "(...)")]
    [InlineData("“one (…) two”", "(…)")]
    public void Editorial_elisions_are_one_token(string text, string elision)
    {
        s_en.Single(text, elision).Kind.Should().Be(TokenKind.EditorialElision);
    }

    [Fact]
    public void Brackets_and_an_ellipsis_are_tokens_of_their_own()
    {
        const string text = "(see [note]) and so…";
        var kinds = s_en.Tokenize(text).Select(t => t.Kind).ToArray();
        kinds.Should().Equal(TokenKind.Bracket, TokenKind.Word, TokenKind.Bracket, TokenKind.Word, TokenKind.Bracket, TokenKind.Bracket,
            TokenKind.Word, TokenKind.Word, TokenKind.Ellipsis);
    }

    [Fact]
    public void Words_carry_casing_flags()
    {
        const string text = "NATO said Biden would call 911";
        s_en.Single(text, "NATO").Has(TokenFlags.AllCaps | TokenFlags.Capitalized).Should().BeTrue();
        s_en.Single(text, "Biden").Flags.Should().HaveFlag(TokenFlags.Capitalized).And.NotHaveFlag(TokenFlags.AllCaps);
        s_en.Single(text, "would").Flags.Should().NotHaveFlag(TokenFlags.Capitalized);
        s_en.Single(text, "911").Flags.Should().HaveFlag(TokenFlags.HasDigit);
    }

    [Fact]
    public void The_seed_article_keeps_its_elision_and_apostrophes()
    {
        var text = TestHelpers.SeedArticle;
        s_en.Tokenize(text).Where(t => t.Kind == TokenKind.EditorialElision).Select(t => text[t.Start..t.End])
            .Should().Equal("[…]", "[…]");
        var words = s_en.Words(text);
        words.Should().Contain(["don’t", "NATO’s", "Kiev’s", "Russia’s"]);
        words.Count(w => w == "’").Should().Be(0, "every ’ in the seed article is an apostrophe");
    }
}
