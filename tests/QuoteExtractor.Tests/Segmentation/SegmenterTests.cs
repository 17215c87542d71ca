namespace QuoteExtraction.Tests.Segmentation;

public class SegmenterTests
{
    private static readonly QuoteExtractor s_en = TestHelpers.English;

    [Fact]
    public void A_comma_closed_quote_followed_by_its_speaker_is_one_sentence()
    {
        s_en.Sentences("“This is absolutely unlikely,” he said. Then he left.")
            .Should().Equal("“This is absolutely unlikely,” he said.", "Then he left.");
    }

    [Fact]
    public void A_question_closed_by_a_quote_and_followed_by_a_lower_case_verb_is_one_sentence()
    {
        s_en.Sentences("“Why now?” he asked. Nobody knew.")
            .Should().Equal("“Why now?” he asked.", "Nobody knew.");
    }

    [Fact]
    public void A_final_period_inside_a_quote_ends_the_sentence_after_the_mark()
    {
        s_en.Sentences("He said: “We will not.” The talks ended.")
            .Should().Equal("He said: “We will not.”", "The talks ended.");
    }

    [Fact]
    public void Title_abbreviations_and_initials_do_not_end_sentences()
    {
        s_en.Sentences("Mr. Ryabkov met Dr. J. Smith in the U.S. Senate. It went well.")
            .Should().Equal("Mr. Ryabkov met Dr. J. Smith in the U.S. Senate.", "It went well.");
    }

    [Fact]
    public void An_abbreviation_followed_by_a_capitalized_function_word_ends_the_sentence()
    {
        s_en.Sentences("He works at Acme Inc. The company is small.")
            .Should().Equal("He works at Acme Inc.", "The company is small.");
    }

    [Fact]
    public void Exclamation_and_question_marks_end_sentences()
    {
        s_en.Sentences("Stop! Why? Because.").Should().Equal("Stop!", "Why?", "Because.");
    }

    [Fact]
    public void A_blank_line_ends_a_paragraph_and_its_sentence()
    {
        const string text = "Headline without a period\n\nFirst paragraph. Still first.\r\n\r\nSecond paragraph";
        s_en.Paragraphs(text).Should().Equal("Headline without a period", "First paragraph. Still first.", "Second paragraph");
        s_en.Sentences(text).Should().Equal("Headline without a period", "First paragraph.", "Still first.", "Second paragraph");
    }

    [Fact]
    public void A_single_line_break_ends_a_paragraph_only_after_sentence_punctuation_or_a_colon()
    {
        const string text = "He said:\n“Yes.”\nShe agreed\nwith him.";
        s_en.Paragraphs(text).Should().Equal("He said:", "“Yes.”", "She agreed\nwith him.");
    }

    [Fact]
    public void French_sentences_split_at_final_punctuation_and_after_closing_guillemets()
    {
        TestHelpers.French.Sentences("« Nous ne céderons pas », a-t-il déclaré. M. Riabkov est parti.")
            .Should().Equal("« Nous ne céderons pas », a-t-il déclaré.", "M. Riabkov est parti.");
    }

    [Fact]
    public void Sentence_and_paragraph_starts_are_flagged_on_tokens()
    {
        const string text = "One. Two.\n\nThree.";
        var tokens = s_en.Analyze(text).Tokens;
        tokens.Where(t => t.Has(TokenFlags.SentenceStart)).Select(t => text[t.Start..t.End]).Should().Equal("One", "Two", "Three");
        tokens.Where(t => t.Has(TokenFlags.ParagraphStart)).Select(t => text[t.Start..t.End]).Should().Equal("One", "Three");
    }

    [Theory]
    [InlineData("SPRINGFIELD (AP) — The mayor resigned on Monday.", "SPRINGFIELD (AP) —", "The mayor resigned on Monday.")]
    [InlineData("OAK HILL: The council voted on Friday.", "OAK HILL:", "The council voted on Friday.")]
    [InlineData("READ MORE: Storm closes schools", "READ MORE:", "Storm closes schools")]
    public void A_dateline_or_rubric_in_capitals_is_a_sentence_of_its_own(string text, string label, string rest)
    {
        s_en.Sentences(text).Should().Equal(label, rest);
    }

    [Theory]
    [InlineData("Springfield (AFP) – The mayor resigned on Monday.", "Springfield (AFP) –", "The mayor resigned on Monday.")]
    [InlineData("SPRINGFIELD, June 10 (UPI) — The mayor resigned on Monday.", "SPRINGFIELD, June 10 (UPI) —", "The mayor resigned on Monday.")]
    public void A_dateline_in_mixed_case_with_its_agency_and_a_dash_is_a_sentence_of_its_own(string text, string label, string rest)
    {
        s_en.Sentences(text).Should().Equal(label, rest);
    }

    [Theory]
    [InlineData("(Springfield) The mayor resigned on Monday.", "(Springfield)", "The mayor resigned on Monday.")]
    [InlineData("(CNN) The mayor resigned on Monday.", "(CNN)", "The mayor resigned on Monday.")]
    [InlineData("(Oak Hill, Ohio) The mayor resigned on Monday.", "(Oak Hill, Ohio)", "The mayor resigned on Monday.")]
    public void A_place_or_agency_in_brackets_that_opens_a_paragraph_is_a_sentence_of_its_own(string text, string label, string rest)
    {
        s_en.Sentences(text).Should().Equal(label, rest);
    }

    [Theory]
    [InlineData("(See below) The mayor resigned on Monday.")]
    [InlineData("(Springfield) THE MAYOR resigned on Monday.")]
    public void A_bracket_of_other_words_is_no_dateline(string text)
    {
        s_en.Sentences(text).Should().Equal(text);
    }

    [Theory]
    [InlineData("Sen. Jane Doe (R-Pa.) - the chair - voted no.")]
    [InlineData("Jane Doe (AFP) said the vote - a close one - was fair.")]
    public void A_name_with_a_bracket_in_mixed_case_is_no_dateline(string text)
    {
        s_en.Sentences(text).Should().Equal(text);
    }

    [Fact]
    public void A_French_dateline_in_mixed_case_with_its_agency_is_a_sentence_of_its_own()
    {
        TestHelpers.French.Sentences("Bruxelles (Belga) – Le maire a démissionné lundi.").Should().Equal("Bruxelles (Belga) –", "Le maire a démissionné lundi.");
    }

    [Fact]
    public void A_French_rubric_before_a_dash_is_a_sentence_of_its_own()
    {
        TestHelpers.French.Sentences("POLITIQUE - Le maire a démissionné lundi.").Should().Equal("POLITIQUE -", "Le maire a démissionné lundi.");
    }

    [Theory]
    [InlineData("SMITH: Well, we will see.")]
    [InlineData("NATO: Allies meet in June.")]
    [InlineData("OAK HILL: “We are ready,” the mayor said.")]
    public void One_word_in_capitals_before_a_colon_or_a_label_before_a_quote_stays_in_its_sentence(string text)
    {
        s_en.Sentences(text).Should().Equal(text);
    }

    [Theory]
    [InlineData("WATCH: ‘We will never give up’", "WATCH:", "‘We will never give up’")]
    [InlineData("Read more: Storm closes schools", "Read more:", "Storm closes schools")]
    [InlineData("Click to play video: ‘We will never give up’", "Click to play video:", "‘We will never give up’")]
    public void A_listed_rubric_is_a_sentence_of_its_own_in_any_case_and_before_a_quote(string text, string label, string rest)
    {
        s_en.Sentences(text).Should().Equal(label, rest);
    }

    [Fact]
    public void A_French_rubric_is_a_sentence_of_its_own()
    {
        TestHelpers.French.Sentences("À lire aussi : « Nous resterons », dit le maire").Should().Equal("À lire aussi :", "« Nous resterons », dit le maire");
    }

    [Theory]
    [InlineData("WATCH: ‘We will never give up’\n\nThe coach spoke on Monday.")]
    [InlineData("READ MORE: ‘We will never give up’\n\nThe coach spoke on Monday.")]
    [InlineData("OAK HILL: Mayors of the region met. “We agree,” they said.")]
    [InlineData("KESTROW (AP) — The debate went on for hours.\n\n“It was long,” he said.")]
    public void A_rubric_or_dateline_never_speaks(string text)
    {
        s_en.ExtractQuotes(text).Should().NotContain(q => q.Speaker != null && (q.Speaker.Name == "WATCH" || q.Speaker.Name == "MORE" || q.Speaker.Name == "OAK HILL" || q.Speaker.Name == "KESTROW"));
    }

    /// <summary>A place that a dateline writes in capitals is named by the article's own words, which speak.</summary>
    [Fact]
    public void A_dateline_gives_no_name_to_the_place_that_speaks()
    {
        var quote = TestHelpers.French.ExtractQuotes("KESTROW (AFP) — Kestrow a exclu dimanche toute « concession » lors des pourparlers.").Single();

        quote.Speaker!.Name.Should().Be("Kestrow");
    }

    /// <summary>The sentence after a dateline in brackets has its own subject, who speaks its partial quotes.</summary>
    [Theory]
    [InlineData("en", "(Springfield) Kestrovia ruled out any “concessions”, saying it was “disappointed” by the talks.", "Kestrovia")]
    [InlineData("fr", "(Villebourg) La Kestrovie a exclu toute « concession », se disant « déçue » par les discussions.", "Kestrovie")]
    public void The_subject_after_a_dateline_in_brackets_speaks(string language, string text, string speaker)
    {
        TestHelpers.For(language).ExtractQuotes(text).Should().OnlyContain(q => q.Speaker != null && q.Speaker.Name == speaker);
    }

    [Fact]
    public void A_quote_after_a_rubric_keeps_the_speaker_named_after_it()
    {
        var quote = s_en.ExtractQuotes("VIDEO: ‘We will never give up’, says coach Sam Reed\n\nThe team spoke on Monday.").Single();
        quote.Speaker!.Name.Should().Be("Sam Reed");
    }
}
